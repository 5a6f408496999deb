using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NetArchTest.Rules;
using SpecialtyTowns.Enterprises.Extensions;
using SpecialtyTowns.Expo.Extensions;
using SpecialtyTowns.Gateway.Extensions;
using SpecialtyTowns.Leads.Extensions;
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

    // Read from metadata, so that every type the assembly uses from elsewhere counts, however it is used.
    public static IReadOnlySet<string> ReferencedNamespaces(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            while (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                reference = metadata.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
            }

            namespaces.Add(metadata.GetString(reference.Namespace));
        }

        return namespaces;
    }

    public static string Describe(TestResult result) =>
        result.IsSuccessful ? "passed" : "Breaking types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
