using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Matching;

/// <summary>
/// What the scorer reads of a posting. Salaries are yearly, converted to the profile's currency
/// by the caller (null when the posting states none).
/// </summary>
public sealed record PostingFeatures
{
    public long Id { get; init; }

    public required string Title { get; init; }

    public required string Company { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<string> Locations { get; init; } = [];

    public WorkplaceType Workplace { get; init; }

    /// <summary>Yearly midpoint of the stated range.</summary>
    public double? SalaryAnnualMid { get; init; }

    /// <summary>Yearly top of the stated range (the midpoint when only one figure is stated).</summary>
    public double? SalaryAnnualMax { get; init; }

    /// <summary>Posted date, or first seen when the board gives none.</summary>
    public DateTime PostedAt { get; init; }

    private DerivedKeys _keys = DerivedKeys.None;

    /// <summary>The company as <see cref="CompanyNames"/> compares it.</summary>
    internal string CompanyKey => Keys.Company;

    /// <summary>The tokens of <see cref="Location"/>, then of each of <see cref="Locations"/>.</summary>
    internal IReadOnlyList<IReadOnlyList<string>> LocationTokens => Keys.Locations;

    // Worked out once per posting and reused by every profile and every rescoring (the scorer keeps the loaded
    // postings). A copy with another company or location (`with`) works them out anew.
    private DerivedKeys Keys
    {
        get
        {
            var keys = _keys;
            if (!keys.IsFor(this))
            {
                keys = new DerivedKeys(this);
                _keys = keys;
            }

            return keys;
        }
    }

    // Derived from the posting, not part of it: any two are equal (and a posting always has one, None until it is
    // first asked), so postings compare as before.
    private sealed class DerivedKeys
    {
        public static readonly DerivedKeys None = new();

        private readonly string? _company;
        private readonly string? _location;
        private readonly IReadOnlyList<string>? _locations;

        public DerivedKeys(PostingFeatures posting)
        {
            (_company, _location, _locations) = (posting.Company, posting.Location, posting.Locations);
            Company = CompanyNames.Normalize(posting.Company);
            Locations = [.. (posting.Location is null ? posting.Locations : posting.Locations.Prepend(posting.Location)).Select(TermTokens.Tokenize)];
        }

        private DerivedKeys()
        {
            Company = "";
            Locations = [];
        }

        public string Company { get; }

        public IReadOnlyList<IReadOnlyList<string>> Locations { get; }

        public bool IsFor(PostingFeatures posting) =>
            _company is not null && ReferenceEquals(_company, posting.Company)
            && ReferenceEquals(_location, posting.Location) && ReferenceEquals(_locations, posting.Locations);

        public override bool Equals(object? obj) => obj is DerivedKeys;

        public override int GetHashCode() => 0;
    }
}
