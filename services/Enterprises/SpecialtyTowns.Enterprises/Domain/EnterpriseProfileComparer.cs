namespace SpecialtyTowns.Enterprises.Domain;

/// <summary>Value equality of two profiles, lists compared item by item (records compare lists by reference).</summary>
public static class EnterpriseProfileComparer
{
    public static bool Same(EnterpriseProfile a, EnterpriseProfile b) =>
        a with
        {
            Products = [], Certifications = [], Capacities = [], Equipment = [], ExportMarkets = [], Contacts = [],
        } == b with
        {
            Products = [], Certifications = [], Capacities = [], Equipment = [], ExportMarkets = [], Contacts = [],
        }
        && a.Products.SequenceEqual(b.Products)
        && a.Certifications.SequenceEqual(b.Certifications)
        && a.Capacities.SequenceEqual(b.Capacities)
        && a.Equipment.SequenceEqual(b.Equipment)
        && a.ExportMarkets.SequenceEqual(b.ExportMarkets)
        && a.Contacts.SequenceEqual(b.Contacts);
}
