namespace JobSentinel.Core.Achievements;

/// <summary>What <c>POST /star-records/suggest</c> did: the new suggestions, and how many achievement bullets already had a record or were dismissed.</summary>
public sealed record StarSuggestResult(int Created, int AlreadyKnown, IReadOnlyList<StarRecordView> Items);
