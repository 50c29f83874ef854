namespace JobSentinel.Core.Contacts;

/// <summary>Where a contact came from (<see cref="Contact.Source"/>).</summary>
public static class ContactSources
{
    public const string Manual = "manual";
    public const string Csv = "csv";
    public const string Discovered = "discovered";
}
