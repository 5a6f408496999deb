using SpecialtyTowns.TestKit;
using YamlDotNet.RepresentationModel;

namespace SpecialtyTowns.Gateway.ClientTests.Deployment;

/// <summary>The YAML documents under deploy/k8s, with small helpers to walk them.</summary>
public static class Manifests
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "deploy", "k8s");

    public static IReadOnlyList<YamlMappingNode> Load(string relativePath)
    {
        using var reader = new StreamReader(Path.Combine(Folder, relativePath));
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents.Select(document => (YamlMappingNode)document.RootNode).ToList();
    }

    /// <summary>Every resource the main kustomization applies.</summary>
    public static IReadOnlyList<YamlMappingNode> Applied() =>
        Sequence(Load("kustomization.yaml").Single(), "resources")
            .Select(Scalar)
            .SelectMany(Load)
            .ToList();

    public static IEnumerable<YamlMappingNode> OfKind(this IEnumerable<YamlMappingNode> documents, string kind) =>
        documents.Where(document => Text(document, "kind") == kind);

    public static YamlNode? Find(YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public static string? Text(YamlNode node, params string[] path) => (Find(node, path) as YamlScalarNode)?.Value;

    public static IReadOnlyList<YamlNode> Sequence(YamlNode node, params string[] path) =>
        (Find(node, path) as YamlSequenceNode)?.Children.ToList() ?? [];

    public static IReadOnlyDictionary<string, string> Map(YamlNode node, params string[] path) =>
        (Find(node, path) as YamlMappingNode)?.Children.ToDictionary(e => Scalar(e.Key), e => Scalar(e.Value))
        ?? new Dictionary<string, string>();

    public static string Name(YamlNode resource) => Text(resource, "metadata", "name") ?? string.Empty;

    public static IReadOnlyDictionary<string, string> DaprAnnotations(YamlNode deployment) =>
        Map(deployment, "spec", "template", "metadata", "annotations")
            .Where(a => a.Key.StartsWith("dapr.io/", StringComparison.Ordinal))
            .ToDictionary(a => a.Key, a => a.Value);

    public static IReadOnlyList<YamlNode> Containers(YamlNode deployment) =>
        Sequence(deployment, "spec", "template", "spec", "containers");

    /// <summary>The container's environment: literal values, or "secret:{name}/{key}".</summary>
    public static IReadOnlyDictionary<string, string> Environment(YamlNode container) =>
        Sequence(container, "env").ToDictionary(
            variable => Text(variable, "name") ?? string.Empty,
            variable => Text(variable, "value")
                ?? $"secret:{Text(variable, "valueFrom", "secretKeyRef", "name")}/{Text(variable, "valueFrom", "secretKeyRef", "key")}");

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;
}
