package org.edalat.platform.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.edalat.referral.application.UnitDirectory;
import org.edalat.referral.domain.JudicialUnit;

/** units/index.xhtml: the judicial units with their branches, paged. */
@Named
@ViewScoped
public class UnitsBacking implements PageSource<UnitsBacking.Row> {
    private static final long serialVersionUID = 1L;

    /** A table row: what the screen shows of a unit (Serializable, no entity in view state). */
    public record Row(String code, String name, String kind, String province, String city, List<String> branches)
            implements Serializable {}

    @EJB
    private UnitDirectory directory;

    private final PagedModel<Row> model = new PagedModel<>(this);

    @Override
    public long count() {
        return directory.countUnits();
    }

    @Override
    public List<Row> page(int first, int max) {
        return directory.units(first, max).stream().map(UnitsBacking::row).toList();
    }

    public PagedModel<Row> getModel() {
        return model;
    }

    static Row row(JudicialUnit u) {
        return new Row(
                u.getCode(),
                u.getName(),
                u.getKind().name(),
                u.getProvince().getName(),
                u.getCity(),
                u.getBranches().stream()
                        .map(b -> b.getNumber() + ":"
                                + b.getSpecialisations().stream()
                                        .map(Enum::name)
                                        .collect(Collectors.joining(",")))
                        .toList());
    }
}
