using System.Xml.Linq;

namespace EventPlatform.ArchitectureTests;

/// <summary>The production projects of the solution and the projects each one references, read from the csproj files.</summary>
public static class SolutionProjects
{
    public static readonly string Root = FindRoot();

    public static IReadOnlyList<ProjectInfo> Production { get; } = Load();

    public static readonly string[] Kernel = ["EventPlatform.Platform", "EventPlatform.Platform.Contracts"];
    public const string Host = "EventPlatform.Web";

    public static bool IsContracts(string name) => name.EndsWith(".Contracts", StringComparison.Ordinal);

    public static bool IsModuleImplementation(string name) =>
        !IsContracts(name) && !Kernel.Contains(name) && name != Host;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EventPlatform.slnx"))) return dir.FullName;
        }

        throw new InvalidOperationException("EventPlatform.slnx not found above " + AppContext.BaseDirectory);
    }

    private static List<ProjectInfo> Load()
    {
        var solution = XDocument.Load(Path.Combine(Root, "EventPlatform.slnx"));
        return solution.Descendants("Project")
            .Select(p => Path.GetFullPath(Path.Combine(Root, p.Attribute("Path")!.Value)))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}test{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => new ProjectInfo(
                Path.GetFileNameWithoutExtension(path),
                XDocument.Load(path).Descendants("ProjectReference")
                    .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar)))
                    .ToList()))
            .ToList();
    }
}

public sealed record ProjectInfo(string Name, IReadOnlyList<string> References)
{
    public override string ToString() => Name;
}
