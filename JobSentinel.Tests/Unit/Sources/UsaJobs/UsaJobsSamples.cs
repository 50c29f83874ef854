namespace JobSentinel.Tests.Unit.Sources.UsaJobs;

/// <summary>
/// A USAJOBS Search answer written after the API's documented shape (no real capture exists):
/// numbers as strings, NumberOfPages as a string, several remuneration codes, an item without a title.
/// </summary>
internal static class UsaJobsSamples
{
    public const string SearchPage = """
        {
          "LanguageCode": "EN",
          "SearchParameters": {},
          "SearchResult": {
            "SearchResultCount": 3,
            "SearchResultCountAll": "1214",
            "SearchResultItems": [
              {
                "MatchedObjectId": "812345600",
                "MatchedObjectDescriptor": {
                  "PositionID": "CDC-26-12345-DE",
                  "PositionTitle": "IT Specialist (APPSW)",
                  "PositionURI": "https://www.usajobs.gov:443/job/812345600",
                  "ApplyURI": ["https://www.usajobs.gov:443/job/812345600/apply"],
                  "PositionLocationDisplay": "Multiple Locations",
                  "PositionLocation": [
                    {"LocationName": "Atlanta, Georgia", "CountryCode": "United States", "CountrySubDivisionCode": "Georgia", "CityName": "Atlanta, Georgia", "Longitude": -84.39, "Latitude": 33.75},
                    {"LocationName": "Denver, Colorado", "CountryCode": "United States", "CountrySubDivisionCode": "Colorado", "CityName": "Denver, Colorado", "Longitude": -104.99, "Latitude": 39.74}
                  ],
                  "OrganizationName": "Centers for Disease Control and Prevention",
                  "DepartmentName": "Department of Health and Human Services",
                  "JobCategory": [{"Name": "Information Technology Management", "Code": "2210"}],
                  "JobGrade": [{"Code": "GS"}],
                  "PositionSchedule": [{"Name": "Full-time", "Code": "1"}],
                  "PositionOfferingType": [{"Name": "Permanent", "Code": "15317"}],
                  "QualificationSummary": "You must have one year of specialized experience at the GS-12 level & knowledge of <cloud> platforms.",
                  "PositionRemuneration": [{"MinimumRange": "104604.0", "MaximumRange": "135987.0", "RateIntervalCode": "PA", "Description": "Per Year"}],
                  "PositionStartDate": "2026-07-01T00:00:00.0000",
                  "PositionEndDate": "2026-07-15T23:59:59.9970",
                  "PublicationStartDate": "2026-07-01T00:00:00.0000",
                  "ApplicationCloseDate": "2026-07-15T23:59:59.9970",
                  "UserArea": {
                    "Details": {
                      "JobSummary": "Join CDC's Office of the Chief Information Officer to build public-health data systems.",
                      "WhoMayApply": {"Name": "", "Code": ""},
                      "LowGrade": "12",
                      "HighGrade": "13",
                      "MajorDuties": ["Develops cloud-native applications.", "Reviews code for security & accessibility."],
                      "TeleworkEligible": true,
                      "RemoteIndicator": false
                    },
                    "IsRadialSearch": false
                  }
                },
                "RelevanceRank": 0
              },
              {
                "MatchedObjectId": "812345777",
                "MatchedObjectDescriptor": {
                  "PositionID": "VA-26-777",
                  "PositionTitle": "Medical Support Assistant",
                  "PositionURI": "https://www.usajobs.gov:443/job/812345777",
                  "ApplyURI": [],
                  "PositionLocationDisplay": "Anywhere in the U.S. (remote job)",
                  "PositionLocation": [{"LocationName": "Anywhere in the U.S. (remote job)"}],
                  "OrganizationName": "Veterans Health Administration",
                  "DepartmentName": "Department of Veterans Affairs",
                  "PositionSchedule": [{"Name": "Part-time", "Code": "2"}],
                  "PositionRemuneration": [{"MinimumRange": "21.5", "MaximumRange": "27.95", "RateIntervalCode": "Per Hour", "Description": "Per Hour"}],
                  "PublicationStartDate": "2026-07-02T08:30:00.0000",
                  "UserArea": {"Details": {"JobSummary": "Schedule appointments for veterans.", "RemoteIndicator": true}}
                }
              },
              {
                "MatchedObjectId": "812345888",
                "MatchedObjectDescriptor": {
                  "PositionID": "NPS-26-888",
                  "PositionTitle": "",
                  "OrganizationName": "National Park Service"
                }
              }
            ],
            "UserArea": {"NumberOfPages": "487", "IsRadialSearch": false}
          }
        }
        """;

    /// <summary>A one-item answer paying <paramref name="minimum"/>-<paramref name="maximum"/> per <paramref name="code"/>.</summary>
    public static string WithRemuneration(string code, string minimum, string maximum) => $$"""
        {
          "SearchResult": {
            "SearchResultCount": 1,
            "SearchResultCountAll": 1,
            "SearchResultItems": [
              {
                "MatchedObjectId": "1",
                "MatchedObjectDescriptor": {
                  "PositionTitle": "Park Ranger",
                  "PositionRemuneration": [{"MinimumRange": "{{minimum}}", "MaximumRange": "{{maximum}}", "RateIntervalCode": "{{code}}"}]
                }
              }
            ],
            "UserArea": {"NumberOfPages": "1"}
          }
        }
        """;
}
