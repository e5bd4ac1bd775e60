using System.Runtime.CompilerServices;
namespace Reconciler.Ingest.Ofx;

/// <summary>
/// Elements and child lists of transactions already read (see <see cref="OfxElement.Prune"/>), made into the next
/// ones: a large file then needs a few dozen elements for all its transactions instead of several per leaf.
/// </summary>
internal sealed class OfxElementPool
{
    private readonly Stack<OfxElement> _elements = new();
    private readonly Stack<List<OfxElement>> _lists = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public OfxElement Element(string name, int line)
    {
        if (!_elements.TryPop(out var element)) return new OfxElement(name, line);
        element.Reset(name, line);
        return element;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public List<OfxElement> List() => _lists.TryPop(out var list) ? list : [];

    public void Return(OfxElement element) => _elements.Push(element);

    public void Return(List<OfxElement> list)
    {
        list.Clear();
        _lists.Push(list);
    }
}
