package org.edalat.platform.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.edalat.licensing.application.OfficeDirectory;

/** offices/index.xhtml: the licensed offices, paged. */
@Named
@ViewScoped
public class OfficesBacking implements PageSource<OfficesBacking.Row> {
    private static final long serialVersionUID = 1L;

    /** A table row (Serializable, no entity in view state). */
    public record Row(String code, String name, String province, String city, String manager) implements Serializable {}

    @EJB
    private OfficeDirectory directory;

    private final PagedModel<Row> model = new PagedModel<>(this);

    @Override
    public long count() {
        return directory.countOffices();
    }

    @Override
    public List<Row> page(int first, int max) {
        return directory.offices(first, max).stream()
                .map(o -> new Row(o.getCode(), o.getName(), o.getProvince().getName(), o.getCity(), o.getManagerName()))
                .toList();
    }

    public PagedModel<Row> getModel() {
        return model;
    }
}
