package org.edalat.filing.application;

import org.edalat.filing.fees.OfficeService;

/**
 * One service an office charges for with a filing (S0-13): the quantity and the amount the clerk
 * asks, in Rials; null asks the full tariff. More than the tariff is refused (S0-13.2).
 */
public record OfficeItem(OfficeService service, int quantity, Long asked) {}
