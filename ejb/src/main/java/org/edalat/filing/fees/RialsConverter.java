package org.edalat.filing.fees;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps {@link Rials} in a {@code bigint} column (whole Rials). */
@Converter
public class RialsConverter implements AttributeConverter<Rials, Long> {
    @Override
    public Long convertToDatabaseColumn(Rials amount) {
        return amount == null ? null : amount.value();
    }

    @Override
    public Rials convertToEntityAttribute(Long value) {
        return value == null ? null : Rials.of(value);
    }
}
