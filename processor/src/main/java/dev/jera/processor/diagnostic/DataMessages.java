package dev.jera.processor.diagnostic;

/** Messages about data templates ({@code @Data}). */
public final class DataMessages {
  private DataMessages() {}

  public static Message source(String method, int files) {
    return MessageId.DATA_SOURCE.with("@Data template " + method + "() lists the files of its source, one Path parameter"
        + " with a location, but has " + (files == 0 ? "none" : files + " file parameters")
        + "; take one, e.g. @Param(\"test-bucket\") @S3(bucket = \"my-bucket\") Path testBucket");
  }

  public static Message withCommand(String method, String what) {
    return MessageId.DATA_WITH_COMMAND.with("@Data template " + method + "() also has " + what
        + ", but Argo runs a data template's listing and transformations only, and its only output is its result;"
        + " remove " + what);
  }

  public static Message transformationVariable(String method, String expression, String name) {
    return MessageId.DATA_TRANSFORMATION.with("the transformation '" + expression + "' of @Data template " + method
        + "() reads '" + name + "', but a transformation reads only data, the list so far; write data");
  }
}
