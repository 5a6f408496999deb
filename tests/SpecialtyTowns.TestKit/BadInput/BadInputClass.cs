namespace SpecialtyTowns.TestKit.BadInput;

/// <summary>The classes of bad input the corpus sends; the failure report is grouped by them.</summary>
public static class BadInputClass
{
    public const string WrongType = "wrong-type";
    public const string Null = "null";
    public const string NullInArray = "null-in-array";
    public const string ControlCharacter = "control-character";
    public const string LoneSurrogate = "lone-surrogate";
    public const string BidiOverride = "bidi-override";
    public const string OversizedString = "oversized-string";
    public const string InvalidUtf8 = "invalid-utf8";
    public const string MalformedId = "malformed-id";
    public const string UnknownId = "unknown-id";
    public const string OutOfRangeNumber = "out-of-range-number";
    public const string Date = "date";
    public const string UnknownEnumValue = "unknown-enum-value";
    public const string MalformedEmail = "malformed-email";
    public const string BodyShape = "body-shape";
    public const string DeepNesting = "deep-nesting";
    public const string OversizedBody = "oversized-body";
    public const string OversizedUrl = "oversized-url";
    public const string WrongContentType = "wrong-content-type";

    /// <summary>
    /// A NUL in the request target: Kestrel refuses it while parsing the request, before any
    /// application code runs, with a bare 400; the corpus checks that it is a 400 and that
    /// nothing was stored, not its body.
    /// </summary>
    public const string ProtocolRefusal = "protocol-refusal";
}
