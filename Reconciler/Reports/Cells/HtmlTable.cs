using System.Xml.Linq;

namespace Reconciler.Reports.Cells;

/// <summary>Builds simple tables for summary.html. Text goes in as XML text nodes, so it is always encoded.</summary>
public static class HtmlTable
{
    public static XElement Build(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, ISet<int>? numeric = null)
    {
        var table = new XElement("table",
            new XElement("thead", new XElement("tr", header.Select(h => new XElement("th", h)))));
        var body = new XElement("tbody");
        foreach (var row in rows)
            body.Add(new XElement("tr", row.Select((cell, i) => Cell(cell, numeric?.Contains(i) == true))));
        if (!body.HasElements) body.Add(new XElement("tr", new XElement("td", new XAttribute("colspan", header.Count), "none")));
        table.Add(body);
        return table;
    }

    // An empty string keeps the element from serialising as <td /> (which HTML parsers read as an open tag).
    private static XElement Cell(string text, bool numeric) =>
        numeric ? new XElement("td", new XAttribute("class", "num"), text) : new XElement("td", text ?? "");
}
