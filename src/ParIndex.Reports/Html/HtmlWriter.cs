using System.Collections.Generic;
using System.Text;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Html;

/// <summary>Appends HTML to a buffer. Every text argument is escaped; tag and class names are the library's own constants.</summary>
internal sealed class HtmlWriter
{
    private int nextId;

    public HtmlWriter(StringBuilder sb) => Buffer = sb;

    public StringBuilder Buffer { get; }

    /// <summary>A new id, unique in the document ("c1", "c2", …): the same for the same report on every run.</summary>
    public string NewId() => "c" + (++nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public HtmlWriter Open(string tag, string? cssClass = null, string? id = null)
    {
        Buffer.Append('<').Append(tag);
        if (cssClass is not null)
        {
            Buffer.Append(" class=\"").Append(cssClass).Append('"');
        }

        if (id is not null)
        {
            Buffer.Append(" id=\"").AppendEscaped(id).Append('"');
        }

        Buffer.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        Buffer.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element with text content.</summary>
    public HtmlWriter Element(string tag, string text, string? cssClass = null)
    {
        Open(tag, cssClass);
        Buffer.AppendEscaped(text);
        return Close(tag);
    }

    public HtmlWriter Text(string text)
    {
        Buffer.AppendEscaped(text);
        return this;
    }

    /// <summary>A paragraph per line.</summary>
    public HtmlWriter Paragraphs(IEnumerable<string> lines, string? cssClass = null)
    {
        foreach (var line in lines)
        {
            Element("p", line, cssClass);
        }

        return this;
    }

    /// <summary>
    /// A table with a header row (repeated on every printed page) and text cells; columns listed in
    /// <paramref name="numeric"/> are right-aligned.
    /// </summary>
    public HtmlWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, ISet<int>? numeric = null, string? cssClass = null, string? caption = null)
    {
        Open("table", cssClass);
        if (caption is not null)
        {
            Element("caption", caption);
        }

        Buffer.Append("<thead><tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            Element("th", headers[i], numeric is not null && numeric.Contains(i) ? "n" : null);
        }

        Buffer.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            // Closing tags of cells and rows are optional in HTML; leaving them out keeps a 700-unit report small.
            Buffer.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                Buffer.Append(numeric is not null && numeric.Contains(i) ? "<td class=\"n\">" : "<td>").AppendEscaped(row[i]);
            }
        }

        Buffer.Append("</tbody></table>");
        return this;
    }
}
