using System.Reflection;
using NetArchTest.Rules;

namespace EventPlatform.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    private static readonly string[] ModuleImplementations =
        SolutionProjects.Production.Select(p => p.Name).Where(SolutionProjects.IsModuleImplementation).ToArray();

    [Fact]
    public void Should_find_the_modules_of_the_solution()
    {
        ModuleImplementations.ShouldBe(
            ["EventPlatform.Identity", "EventPlatform.Events", "EventPlatform.Ticketing", "EventPlatform.Payments", "EventPlatform.CheckIn"],
            ignoreOrder: true);
    }

    [Fact]
    public void Should_let_a_module_reference_only_the_kernel_and_contracts()
    {
        var offenders = SolutionProjects.Production
            .Where(p => SolutionProjects.IsModuleImplementation(p.Name))
            .SelectMany(p => p.References
                .Where(r => !SolutionProjects.Kernel.Contains(r) && !SolutionProjects.IsContracts(r))
                .Select(r => $"{p.Name} -> {r}"));

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Should_let_only_the_host_reference_module_implementations()
    {
        var offenders = SolutionProjects.Production
            .Where(p => p.Name != SolutionProjects.Host)
            .SelectMany(p => p.References.Where(ModuleImplementations.Contains).Select(r => $"{p.Name} -> {r}"));

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_contracts_free_of_implementations()
    {
        var offenders = SolutionProjects.Production
            .Where(p => SolutionProjects.IsContracts(p.Name))
            .SelectMany(p => p.References.Where(r => !SolutionProjects.IsContracts(r)).Select(r => $"{p.Name} -> {r}"));

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_the_kernel_ignorant_of_modules()
    {
        var offenders = SolutionProjects.Production
            .Where(p => SolutionProjects.Kernel.Contains(p.Name))
            .SelectMany(p => p.References.Where(r => !SolutionProjects.Kernel.Contains(r)).Select(r => $"{p.Name} -> {r}"));

        offenders.ShouldBeEmpty();
    }

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var module in ModuleImplementations) data.Add(module);
        return data;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Should_not_use_types_of_another_modules_implementation(string module)
    {
        var others = ModuleImplementations.Where(m => m != module).ToArray();

        // By assembly, not by namespace: contracts share their module's namespaces (EventPlatform.Identity.Organizations
        // holds both IOrganizationBrandingProvider and its implementation), and the compiler references an assembly
        // exactly when a type of it is used.
        var used = Assembly.Load(module).GetReferencedAssemblies().Select(a => a.Name).Where(others.Contains);

        used.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Should_keep_module_contracts_free_of_entity_framework_and_aspnetcore(string module)
    {
        var result = Types.InAssembly(Assembly.Load(module + ".Contracts"))
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql")
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }
}
