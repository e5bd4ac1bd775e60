using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Reconciler.Tests.Architecture;

/// <summary>
/// What a compiled assembly uses from outside itself, read from its metadata: every type it names (in a signature,
/// a local, a cast, an attribute) is a type reference, and every member it calls or reads from inside a method body
/// is a member reference. Reflection over method signatures would miss a call in a body; the metadata cannot.
/// </summary>
public sealed class AssemblyUses
{
    private AssemblyUses(IReadOnlyList<string> assemblies, IReadOnlyList<string> types, IReadOnlyList<string> members, IReadOnlyList<string> tunedMethods)
    {
        Assemblies = assemblies;
        Types = types;
        Members = members;
        TunedMethods = tunedMethods;
    }

    /// <summary>The names of the assemblies it references.</summary>
    public IReadOnlyList<string> Assemblies { get; }

    /// <summary>Full names of the types it references ("System.GC").</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>Members it references, as "type::member" ("System.GC::Collect", "System.DateTime::get_Now").</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>
    /// Its own methods compiled optimised from the start or never ([MethodImpl] is kept as flags on the method, not as an
    /// attribute), the trick that shortens or lengthens what a method's locals keep alive.
    /// </summary>
    public IReadOnlyList<string> TunedMethods { get; }

    public static AssemblyUses Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Of(stream);
    }

    public static AssemblyUses Of(Stream image)
    {
        using var pe = new PEReader(image, PEStreamOptions.LeaveOpen);
        var md = pe.GetMetadataReader();
        var assemblies = md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToList();
        var types = md.TypeReferences.Select(h => Name(md, h)).ToList();
        var members = new List<string>();
        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
                members.Add($"{Name(md, (TypeReferenceHandle)member.Parent)}::{md.GetString(member.Name)}");
        }
        // The flags that change how long locals live (inlining hints, which generated regex code uses, do not).
        const MethodImplAttributes tricks = MethodImplAttributes.AggressiveOptimization | MethodImplAttributes.NoOptimization;
        var tuned = md.MethodDefinitions.Select(md.GetMethodDefinition).Where(m => (m.ImplAttributes & tricks) != 0)
            .Select(m => $"{md.GetString(md.GetTypeDefinition(m.GetDeclaringType()).Name)}.{md.GetString(m.Name)}").ToList();
        return new AssemblyUses(assemblies, types, members, tuned);
    }

    private static string Name(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        var name = md.GetString(type.Name);
        // A nested type's scope is the type it is nested in.
        if (type.ResolutionScope.Kind == HandleKind.TypeReference) return $"{Name(md, (TypeReferenceHandle)type.ResolutionScope)}+{name}";
        var ns = md.GetString(type.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }
}
