package org.sourcelens.article;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/**
 * A publication date only as precise as the source allows: a year ("2018"), a month ("2018-10") or
 * a day ("2018-10-05"). Stored in that ISO form.
 */
public record PublicationDate(String iso) {

    public PublicationDate {
        if (!(iso.matches("\\d{4}") || iso.matches("\\d{4}-\\d{2}") || iso.matches("\\d{4}-\\d{2}-\\d{2}"))) {
            throw new ValidationException(Message.of("article.refused.aDateIsAYear"));
        }
        try {
            switch (iso.length()) {
                case 7 -> YearMonth.parse(iso);
                case 10 -> LocalDate.parse(iso);
                default -> { }
            }
        } catch (DateTimeParseException e) {
            throw new ValidationException(Message.of("article.refused.isNotARealDate", iso));
        }
    }

    public static Optional<PublicationDate> parse(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(new PublicationDate(text.strip()));
    }

    /** The date for readers, at its own precision: "2018", "October 2018", "5 October 2018". */
    public String display(Locale locale) {
        return switch (iso.length()) {
            case 7 -> YearMonth.parse(iso).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            case 10 -> LocalDate.parse(iso).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
            default -> iso;
        };
    }
}
