using System.Buffers;
using System.Text;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>The text being written: collapses spaces, trims line ends, keeps at most one blank line.</summary>
internal struct PlainTextBuffer(int capacity) : IDisposable
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(capacity);
    private int _length;
    private bool _pendingSpace;

    public int TrailingNewlines { get; private set; }

    public void Text(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            _pendingSpace = _length > 0 && TrailingNewlines == 0;
            return;
        }

        if (c is '\u00AD' or '\u200B' or '\uFEFF')
        {
            return; // soft hyphen, zero-width space, BOM
        }

        Append(c);
    }

    /// <summary>Characters that <see cref="Text(char)"/> would append one by one: no spaces, nothing to drop.</summary>
    public void Word(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return;
        }

        Append(word[0]);
        word = word[1..];
        if (_length + word.Length > _buffer.Length)
        {
            Grow(_length + word.Length);
        }

        word.CopyTo(_buffer.AsSpan(_length));
        _length += word.Length;
    }

    public void Text(Rune rune)
    {
        if (rune.IsBmp)
        {
            Text((char)rune.Value);
            return;
        }

        Span<char> pair = stackalloc char[2];
        rune.EncodeToUtf16(pair);
        Append(pair[0]);
        Append(pair[1]);
    }

    public void Space() => _pendingSpace = _length > 0 && TrailingNewlines == 0;

    public void Break(int newlines)
    {
        _pendingSpace = false;
        while (_length > 0 && _buffer[_length - 1] == ' ')
        {
            _length--;
        }

        if (_length == 0)
        {
            return;
        }

        while (TrailingNewlines < newlines)
        {
            Write('\n');
            TrailingNewlines++;
        }
    }

    public void Bullet()
    {
        Break(1);
        Write('-');
        Write(' ');
        TrailingNewlines = 0;
    }

    public override readonly string ToString() => new(_buffer.AsSpan(0, _length).TrimEnd());

    public readonly void Dispose() => ArrayPool<char>.Shared.Return(_buffer);

    private void Append(char c)
    {
        if (_pendingSpace && _buffer[_length - 1] is not (' ' or '\n'))
        {
            Write(' ');
        }

        _pendingSpace = false;
        Write(c);
        TrailingNewlines = 0;
    }

    private void Write(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(_length + 1);
        }

        _buffer[_length++] = c;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
