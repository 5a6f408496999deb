using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NetArchTest.Rules;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Extensions;
using SpecialtyTowns.Expo.Extensions;
using SpecialtyTowns.Gateway.Extensions;
using SpecialtyTowns.Leads.Extensions;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Extensions;

namespace SpecialtyTowns.ArchitectureTests;

// Loaded through a public type of each service, never through Program, which every web host
// defines and which would be ambiguous here.
internal static class ServiceAssemblies
{
    public static IReadOnlyDictionary<string, Assembly> ByRootNamespace { get; } = new Dictionary<string, Assembly>(StringComparer.Ordinal)
    {
        ["SpecialtyTowns.Towns"] = typeof(TownsApplicationExtensions).Assembly,
        ["SpecialtyTowns.Enterprises"] = typeof(EnterprisesApplicationExtensions).Assembly,
        ["SpecialtyTowns.Leads"] = typeof(LeadsApplicationExtensions).Assembly,
        ["SpecialtyTowns.Expo"] = typeof(ExpoApplicationExtensions).Assembly,
        ["SpecialtyTowns.Gateway"] = typeof(GatewayServiceExtensions).Assembly,
    };

    public static IEnumerable<Assembly> All => ByRootNamespace.Values;

    /// <summary>Every contracts assembly a service uses, and those of the services nobody consumes from yet.</summary>
    public static IReadOnlyList<Assembly> Contracts { get; } = All
        .SelectMany(a => a.GetReferencedAssemblies())
        .Select(a => a.Name!)
        .Where(name => name.EndsWith(".Contracts", StringComparison.Ordinal))
        .Append(typeof(TownRegistered).Assembly.GetName().Name!)
        .Append(typeof(EnterpriseRegistered).Assembly.GetName().Name!)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .Select(Assembly.Load)
        .ToList();

    public static IReadOnlySet<string> ReferencedNamespaces(Assembly assembly) =>
        ReferencedTypes(assembly).Select(type => type.Namespace).ToHashSet(StringComparer.Ordinal);

    // Read from metadata, so that every type the assembly uses from elsewhere counts, however it is used.
    public static IReadOnlySet<(string Namespace, string Name)> ReferencedTypes(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var types = new HashSet<(string Namespace, string Name)>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            while (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                reference = metadata.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
            }

            types.Add((metadata.GetString(reference.Namespace), metadata.GetString(reference.Name)));
        }

        return types;
    }

    public static string Describe(TestResult result) =>
        result.IsSuccessful ? "passed" : "Breaking types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
