using System.Resources;

// The resources without a culture suffix are the Chinese ones: zh-CN needs no satellite assembly.
[assembly: NeutralResourcesLanguage("zh-CN")]
