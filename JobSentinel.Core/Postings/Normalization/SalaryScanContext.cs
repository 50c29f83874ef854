namespace JobSentinel.Core.Postings.Normalization;

internal enum SalaryScanMode
{
    // A salary field, first pass: only figures with their own currency, scale or period.
    Field,

    // A salary field, second pass: a currency or salary word anywhere in the field will do.
    FieldContext,

    // A description: figures must look like pay and be plausible.
    Prose,
}

/// <summary>What one scan needs to know about the whole text, worked out once and only when asked.</summary>
internal sealed class SalaryScanContext(string text, SalaryScanMode mode)
{
    private List<int>? _salaryWords;
    private bool? _fieldHasSalaryWord;
    private string? _fieldCurrency;
    private bool _fieldCurrencySearched;

    public string Text { get; } = text;

    public SalaryScanMode Mode { get; } = mode;

    public string? FieldCurrency
    {
        get
        {
            if (!_fieldCurrencySearched)
            {
                _fieldCurrency = CurrencyMarks.FindAnywhere(Text);
                _fieldCurrencySearched = true;
            }

            return _fieldCurrency;
        }
    }

    public bool FieldHasSalaryWord => _fieldHasSalaryWord ??= SalaryPhrases.SalaryWordPositions(Text, firstOnly: true).Count > 0;

    /// <summary>Whether a salary word starts between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool SalaryWordNear(int from, int to)
    {
        _salaryWords ??= SalaryPhrases.SalaryWordPositions(Text);
        var index = _salaryWords.BinarySearch(from);
        index = index < 0 ? ~index : index;
        return index < _salaryWords.Count && _salaryWords[index] <= to;
    }
}
