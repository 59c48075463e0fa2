package org.edalat.platform.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.edalat.licensing.domain.ServiceOffice;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.persistence.ClusterLock;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.StaffPosting;
import org.edalat.platform.security.UserAccount;
import org.edalat.referral.domain.JudicialUnit;
import org.edalat.referral.domain.Province;
import org.edalat.referral.domain.Specialisation;
import org.edalat.referral.domain.UnitKind;

/**
 * Loads the small demo data set once: provinces, judicial units with branches (one in a district
 * without an office, S4-11.1), offices, one user per role, and the accounts demo ({@link
 * AccountsDemo}: SANA persons, a prison, the company registry; loaded into older demo databases too),
 * the filing demo ({@link FilingDemo}: a fee schedule in force and a ratified office tariff; likewise), (password {@value #PASSWORD}, listed in README.md). Cluster-safe: the loader locks
 * the {@code demo-data} row, so of several nodes starting together one loads and the rest find the
 * data there.
 */
@Stateless
public class DemoDataService {
    /** The password of every demo user: demo only, printed in README.md. */
    public static final String PASSWORD = "Demo@1405";

    private static final Logger LOG = Logger.getLogger(DemoDataService.class.getName());

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** Loads the data unless already loaded; returns true if it loaded now. */
    @PermitAll
    public boolean loadIfAbsent() {
        em.find(ClusterLock.class, "demo-data", LockModeType.PESSIMISTIC_WRITE);
        long users = em.createQuery("select count(u) from UserAccount u where u.username = 'admin'", Long.class)
                .getSingleResult();
        boolean loaded = false;
        if (users == 0) {
            loadOrganisation();
            loadUsers();
            em.flush();
            audit.recordSystem("system", "demo.load", null, null, null, "demo data set loaded");
            LOG.info("Demo data loaded: one user per role, password " + PASSWORD);
            loaded = true;
        }
        if (em.find(StaffPosting.class, "clerk") == null) {
            loadPostings(); // older demo databases get the postings later
            loaded = true;
        }
        if (!AccountsDemo.present(em)) {
            new AccountsDemo(em, Instant.now()).load();
            audit.recordSystem("system", "demo.load", null, null, null, "accounts demo data loaded");
            LOG.info("Accounts demo data loaded: SANA persons, a prison, the company registry");
            loaded = true;
        }
        if (!FilingDemo.present(em)) {
            new FilingDemo(em, Instant.now()).load();
            audit.recordSystem("system", "demo.load", null, null, null, "filing demo data loaded: fees, tariff");
            LOG.info("Filing demo data loaded: a fee schedule in force and a ratified office tariff");
            loaded = true;
        }
        return loaded;
    }

    private void loadOrganisation() {
        Province tehran = province("23", "تهران");
        Province isfahan = province("10", "اصفهان");
        Province khorasan = province("09", "خراسان رضوی");
        Province fars = province("07", "فارس");

        unit(
                "TEH-CIV",
                "دادگاه عمومی حقوقی تهران",
                UnitKind.COURT,
                tehran,
                "تهران",
                EnumSet.of(Specialisation.CIVIL),
                EnumSet.of(Specialisation.CIVIL, Specialisation.COMMERCIAL),
                EnumSet.of(Specialisation.FAMILY),
                EnumSet.of(Specialisation.FAMILY));
        unit(
                "TEH-PRS",
                "دادسرای عمومی و انقلاب تهران",
                UnitKind.PROSECUTOR_OFFICE,
                tehran,
                "تهران",
                EnumSet.of(Specialisation.PROSECUTION),
                EnumSet.of(Specialisation.PROSECUTION),
                EnumSet.of(Specialisation.PROSECUTION, Specialisation.JUVENILE));
        unit(
                "ISF-CR2",
                "دادگاه کیفری دو اصفهان",
                UnitKind.COURT,
                isfahan,
                "اصفهان",
                EnumSet.of(Specialisation.CRIMINAL_2),
                EnumSet.of(Specialisation.CRIMINAL_2, Specialisation.JUVENILE));
        unit(
                "ISF-SHR",
                "شورای حل اختلاف اصفهان",
                UnitKind.DISPUTE_COUNCIL,
                isfahan,
                "اصفهان",
                EnumSet.of(Specialisation.DISPUTE_RESOLUTION),
                EnumSet.of(Specialisation.DISPUTE_RESOLUTION));
        unit(
                "MHD-CIV",
                "دادگاه عمومی حقوقی مشهد",
                UnitKind.COURT,
                khorasan,
                "مشهد",
                EnumSet.of(Specialisation.CIVIL),
                EnumSet.of(Specialisation.FAMILY),
                EnumSet.of(Specialisation.COMMERCIAL));
        unit(
                "QOM-KHK",
                "دادگاه عمومی بخش کهک",
                UnitKind.COURT,
                province("25", "قم"),
                "کهک",
                EnumSet.of(Specialisation.CIVIL, Specialisation.CRIMINAL_2));
        unit(
                "SHZ-CR1",
                "دادگاه کیفری یک فارس",
                UnitKind.COURT,
                fars,
                "شیراز",
                EnumSet.of(Specialisation.CRIMINAL_1),
                EnumSet.of(Specialisation.CRIMINAL_1));

        em.persist(new ServiceOffice(
                "OF-23-0101", "دفتر خدمات الکترونیک قضایی کد ۱۰۱ تهران", tehran, "تهران", "مریم احمدی"));
        em.persist(new ServiceOffice(
                "OF-23-0102", "دفتر خدمات الکترونیک قضایی کد ۱۰۲ تهران", tehran, "تهران", "علی رضایی"));
        em.persist(new ServiceOffice(
                "OF-10-0201", "دفتر خدمات الکترونیک قضایی کد ۲۰۱ اصفهان", isfahan, "اصفهان", "زهرا کریمی"));
        em.persist(new ServiceOffice(
                "OF-09-0301", "دفتر خدمات الکترونیک قضایی کد ۳۰۱ مشهد", khorasan, "مشهد", "حسین موسوی"));
        em.persist(new ServiceOffice(
                "OF-07-0401", "دفتر خدمات الکترونیک قضایی کد ۴۰۱ شیراز", fars, "شیراز", "فاطمه حسینی"));
    }

    private Province province(String code, String name) {
        Province province = new Province(code, name);
        em.persist(province);
        return province;
    }

    @SafeVarargs
    private void unit(
            String code, String name, UnitKind kind, Province province, String city, Set<Specialisation>... branches) {
        JudicialUnit unit = new JudicialUnit(code, name, kind, province, city);
        for (Set<Specialisation> specialisations : branches) {
            unit.openBranch(specialisations);
        }
        em.persist(unit);
    }

    private void loadUsers() {
        Instant now = Instant.now();
        user("admin", "مدیر سامانه", Role.ADMIN, now);
        user("citizen", "شهروند نمونه", Role.CITIZEN, now);
        user("clerk", "کارمند دفتر خدمات", Role.OFFICE_CLERK, now);
        user("manager", "مدیر دفتر خدمات", Role.OFFICE_MANAGER, now);
        user("referral", "مقام ارجاع", Role.REFERRAL_AUTHORITY, now);
        user("branchclerk", "مدیر دفتر شعبه", Role.BRANCH_CLERK, now);
        user("judge", "قاضی شعبه", Role.JUDGE, now);
        user("notice", "مأمور ابلاغ", Role.NOTICE_OFFICER, now);
        user("deputy", "معاونت خدمات الکترونیک", Role.SERVICES_DEPUTY, now);
        user("inspector", "بازرس دفاتر", Role.INSPECTOR, now);
        user("board", "عضو هیأت انتظامی", Role.BOARD_MEMBER, now);
        user("centerhead", "رئیس مرکز", Role.CENTER_HEAD, now);
        user("association", "کانون دفاتر", Role.ASSOCIATION, now);
        user("agency", "سامانه نیروی انتظامی", Role.AGENCY_API, now);
    }

    /** Where the demo staff work: the clerk and manager at office 101 Tehran, the unit staff at TEH-CIV. */
    private void loadPostings() {
        Instant now = Instant.now();
        em.persist(StaffPosting.atOffice("clerk", "OF-23-0101", "system:demo-loader", now));
        em.persist(StaffPosting.atOffice("manager", "OF-23-0101", "system:demo-loader", now));
        for (String staff : new String[] {"referral", "branchclerk", "judge"}) {
            em.persist(StaffPosting.atUnit(staff, "TEH-CIV", "system:demo-loader", now));
        }
    }

    private void user(String username, String displayName, Role role, Instant now) {
        em.persist(UserAccount.open(username.toLowerCase(Locale.ROOT), displayName, PASSWORD, EnumSet.of(role), now));
    }
}
