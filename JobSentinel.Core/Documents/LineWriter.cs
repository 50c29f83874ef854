using System.Text;

namespace JobSentinel.Core.Documents;

/// <summary>
/// Collects extracted text as the output contract wants it: one line per visual line, at most one
/// blank line between blocks, whitespace inside a line collapsed, nothing at either end.
/// </summary>
internal sealed class LineWriter
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _line = new();
    private bool _blankLinePending;

    /// <summary>Appends to the current line; runs of whitespace become one space.</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_line.Length > 0 && _line[^1] != ' ')
                {
                    _line.Append(' ');
                }
            }
            else if (!char.IsControl(c) && c != '\u00AD')
            {
                _line.Append(c);
            }
        }
    }

    /// <summary>Finishes the current line, if it has any text.</summary>
    public void EndLine()
    {
        var line = _line.ToString().Trim();
        _line.Clear();
        if (line.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append(_blankLinePending ? "\n\n" : "\n");
        }

        _text.Append(line);
        _blankLinePending = false;
    }

    /// <summary>Finishes the current line and separates what follows by a blank line.</summary>
    public void EndBlock()
    {
        EndLine();
        _blankLinePending = true;
    }

    /// <summary>The line being written, without its trailing space.</summary>
    public string CurrentLine => _line.ToString().TrimEnd();

    public void DiscardLine() => _line.Clear();

    public override string ToString()
    {
        EndLine();
        return _text.ToString();
    }
}
