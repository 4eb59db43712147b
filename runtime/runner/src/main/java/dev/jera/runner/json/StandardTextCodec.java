package dev.jera.runner.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** The JDK's value types whose JSON form is their ISO-8601 (or standard) text. */
final class StandardTextCodec<T> extends TextCodec<T> {

  enum Kind {
    LOCAL_DATE("LocalDate", "an ISO date such as 2024-01-31"),
    LOCAL_TIME("LocalTime", "an ISO time such as 13:45:00"),
    LOCAL_DATE_TIME("LocalDateTime", "an ISO date and time such as 2024-01-31T13:45:00"),
    OFFSET_DATE_TIME("OffsetDateTime", "an ISO date and time with offset such as 2024-01-31T13:45:00+07:00"),
    OFFSET_TIME("OffsetTime", "an ISO time with offset such as 13:45:00+07:00"),
    ZONED_DATE_TIME("ZonedDateTime", "an ISO date and time with zone such as 2024-01-31T13:45:00+07:00[Asia/Bangkok]"),
    INSTANT("Instant", "an ISO instant such as 2024-01-31T06:45:00Z"),
    DURATION("Duration", "an ISO duration such as PT1H30M"),
    PERIOD("Period", "an ISO period such as P1M2D"),
    YEAR("Year", "a year such as 2024"),
    YEAR_MONTH("YearMonth", "a year and month such as 2024-01"),
    MONTH_DAY("MonthDay", "a month and day such as --01-31"),
    ZONE_ID("ZoneId", "a time zone such as Asia/Bangkok"),
    ZONE_OFFSET("ZoneOffset", "an offset such as +07:00"),
    UUID("UUID", "a UUID such as 123e4567-e89b-12d3-a456-426614174000"),
    URI("URI", "a URI such as https://example.com/data");

    final String typeName;
    final String expected;

    Kind(String typeName, String expected) {
      this.typeName = typeName;
      this.expected = expected;
    }
  }

  private final Kind kind;

  StandardTextCodec(Kind kind) {
    super(kind.typeName, kind.expected);
    this.kind = kind;
  }

  @Override
  @SuppressWarnings("unchecked")
  T parse(String text) {
    String s = text.strip();
    switch (kind) {
      case LOCAL_DATE:
        return (T) LocalDate.parse(s);
      case LOCAL_TIME:
        return (T) LocalTime.parse(s);
      case LOCAL_DATE_TIME:
        return (T) LocalDateTime.parse(s);
      case OFFSET_DATE_TIME:
        return (T) OffsetDateTime.parse(s);
      case OFFSET_TIME:
        return (T) OffsetTime.parse(s);
      case ZONED_DATE_TIME:
        return (T) ZonedDateTime.parse(s);
      case INSTANT:
        return (T) Instant.parse(s);
      case DURATION:
        return (T) Duration.parse(s);
      case PERIOD:
        return (T) Period.parse(s);
      case YEAR:
        return (T) Year.parse(s);
      case YEAR_MONTH:
        return (T) YearMonth.parse(s);
      case MONTH_DAY:
        return (T) MonthDay.parse(s);
      case ZONE_ID:
        return (T) ZoneId.of(s);
      case ZONE_OFFSET:
        return (T) ZoneOffset.of(s);
      case UUID:
        return (T) java.util.UUID.fromString(s);
      default:
        return (T) java.net.URI.create(s);
    }
  }
}
