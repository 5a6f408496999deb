namespace SpecialtyTowns.ServiceDefaults.Validation;

/// <summary>Checks of stored contact details for <see cref="RequestValidator"/> (see <see cref="ContactFormats"/>).</summary>
public static class ContactValidation
{
    /// <summary>An optional email address: empty passes; otherwise it must have the form of one.</summary>
    public static RequestValidator Email(this RequestValidator validator, string field, string? value) =>
        validator.Must(string.IsNullOrWhiteSpace(value) || ContactFormats.IsEmail(value.Trim()), field, ContactFormats.EmailRule);

    /// <summary>An optional phone number: empty passes; otherwise it must have the form of one.</summary>
    public static RequestValidator Phone(this RequestValidator validator, string field, string? value) =>
        validator.Must(string.IsNullOrWhiteSpace(value) || ContactFormats.IsPhone(value.Trim()), field, ContactFormats.PhoneRule);
}
