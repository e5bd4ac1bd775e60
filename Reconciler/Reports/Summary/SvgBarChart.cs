using System.Globalization;
using System.Xml.Linq;
using Reconciler.Rules.Model;

namespace Reconciler.Reports.Summary;

/// <summary>A horizontal bar chart as inline SVG: no script, no external asset, labels and values as text.</summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int LabelWidth = 150;
    private const int ValueWidth = 110;
    private const int BarHeight = 22;
    private const int Gap = 8;
    private const int Top = 28;

    public static XElement Build(string title, IReadOnlyList<(string Label, decimal Value, string Color)> bars)
    {
        var max = bars.Count == 0 ? 0m : bars.Max(b => Math.Abs(b.Value));
        var height = Top + (bars.Count * (BarHeight + Gap)) + Gap;
        var svg = new XElement("svg",
            new XAttribute("width", Width), new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {Width} {height}"), new XAttribute("role", "img"),
            new XElement("title", title),
            new XElement("text", new XAttribute("x", 0), new XAttribute("y", 18), new XAttribute("class", "chart-title"), title));
        var y = Top;
        foreach (var (label, value, color) in bars)
        {
            var length = max == 0m ? 0 : (double)(Math.Abs(value) / max) * (Width - LabelWidth - ValueWidth);
            svg.Add(
                new XElement("text", new XAttribute("x", LabelWidth - 8), new XAttribute("y", y + 16), new XAttribute("text-anchor", "end"), label),
                new XElement("rect", new XAttribute("x", LabelWidth), new XAttribute("y", y), new XAttribute("height", BarHeight),
                    new XAttribute("width", length.ToString("0.#", CultureInfo.InvariantCulture)), new XAttribute("fill", color)),
                new XElement("text", new XAttribute("x", (LabelWidth + length + 6).ToString("0.#", CultureInfo.InvariantCulture)),
                    new XAttribute("y", y + 16), Money.Format(value)));
            y += BarHeight + Gap;
        }
        return svg;
    }
}
