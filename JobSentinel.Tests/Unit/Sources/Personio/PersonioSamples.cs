namespace JobSentinel.Tests.Unit.Sources.Personio;

/// <summary>A Personio XML feed written after the shape of <c>{company}.jobs.personio.de/xml</c> (no real capture exists).</summary>
internal static class PersonioSamples
{
    public const string Company = "nordlicht";

    public const string Feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <workzag-jobs>
          <position>
            <id>1523407</id>
            <subcompany>Nordlicht Energy GmbH</subcompany>
            <office>Hamburg</office>
            <additionalOffices>
              <office>Berlin</office>
              <office>Hamburg</office>
            </additionalOffices>
            <department>Engineering</department>
            <recruitingCategory>Software Development</recruitingCategory>
            <name>Senior Backend Engineer (m/f/d)</name>
            <jobDescriptions>
              <jobDescription>
                <name>Your mission</name>
                <value><![CDATA[<p>Design the APIs behind our <strong>grid-balancing</strong> platform.</p>]]></value>
              </jobDescription>
              <jobDescription>
                <name>Your profile &amp; skills</name>
                <value><![CDATA[<ul><li>5+ years of Kotlin or Java</li></ul>]]></value>
              </jobDescription>
              <jobDescription>
                <name>Empty section</name>
                <value></value>
              </jobDescription>
            </jobDescriptions>
            <employmentType>permanent</employmentType>
            <seniority>experienced</seniority>
            <schedule>full-time</schedule>
            <yearsOfExperience>5-7</yearsOfExperience>
            <keywords>Kotlin,Java, PostgreSQL</keywords>
            <occupation>software_and_web_development</occupation>
            <occupationCategory>it_software</occupationCategory>
            <createdAt>2026-06-30T08:12:45+02:00</createdAt>
          </position>
          <position>
            <id>1523999</id>
            <office>Remote</office>
            <department>People</department>
            <name>Working Student Recruiting</name>
            <jobDescriptions/>
            <employmentType>working_student</employmentType>
            <createdAt>2026-07-02T10:00:00</createdAt>
          </position>
          <position>
            <id>1524000</id>
            <office>Hamburg</office>
            <name></name>
          </position>
          <position>
            <office>Hamburg</office>
            <name>Position without id</name>
          </position>
        </workzag-jobs>
        """;
}
