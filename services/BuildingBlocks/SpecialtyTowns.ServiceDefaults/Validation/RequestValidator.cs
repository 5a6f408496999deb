namespace SpecialtyTowns.ServiceDefaults.Validation;

/// <summary>
/// Collects every violation of a request before failing, so that a client learns all it
/// must fix in one round trip.
/// </summary>
public sealed class RequestValidator
{
    private readonly List<FieldViolation> _violations = [];

    public IReadOnlyList<FieldViolation> Violations => _violations;

    public RequestValidator Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _violations.Add(new FieldViolation(field, "is required"));
        }
        else
        {
            MaxLength(field, value, maxLength);
        }

        return this;
    }

    /// <summary>The optional client request id (<c>request_id</c>) of a mutating call.</summary>
    public RequestValidator RequestId(string? value) => Optional("request_id", value, SharedKernel.RequestIds.MaxLength);

    public RequestValidator Optional(string field, string? value, int maxLength)
    {
        if (!string.IsNullOrEmpty(value))
        {
            MaxLength(field, value, maxLength);
        }

        return this;
    }

    public RequestValidator Items(string field, IReadOnlyCollection<string> values, int maxCount, int maxLength)
    {
        if (values.Count > maxCount)
        {
            _violations.Add(new FieldViolation(field, $"has {values.Count} items; at most {maxCount} are allowed"));
        }

        var index = 0;
        foreach (var value in values)
        {
            Required($"{field}[{index}]", value, maxLength);
            index++;
        }

        return this;
    }

    public RequestValidator DefinedEnum<TEnum>(string field, TEnum value, bool allowUnspecified)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            _violations.Add(new FieldViolation(field, $"'{value}' is not a known {typeof(TEnum).Name}"));
        }
        else if (!allowUnspecified && Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            _violations.Add(new FieldViolation(field, "is required"));
        }

        return this;
    }

    public RequestValidator Guid(string field, string? value, bool required = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                _violations.Add(new FieldViolation(field, "is required"));
            }
        }
        else if (!System.Guid.TryParse(value, out _))
        {
            _violations.Add(new FieldViolation(field, "must be a UUID"));
        }

        return this;
    }

    public RequestValidator Must(bool condition, string field, string description)
    {
        if (!condition)
        {
            _violations.Add(new FieldViolation(field, description));
        }

        return this;
    }

    public void ThrowIfInvalid()
    {
        if (_violations.Count > 0)
        {
            throw new RequestValidationException(_violations.ToArray());
        }
    }

    private void MaxLength(string field, string value, int maxLength)
    {
        var length = TextRule.Length(value);
        if (length > maxLength)
        {
            _violations.Add(new FieldViolation(field, $"is {length} characters long; at most {maxLength} are allowed"));
        }
    }
}
