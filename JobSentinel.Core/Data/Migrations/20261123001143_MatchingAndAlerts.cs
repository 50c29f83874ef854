using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobSentinel.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class MatchingAndAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Score",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "ScoreReasonsJson",
                table: "Jobs");

            migrationBuilder.CreateTable(
                name: "AlertChannels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    UrlProtected = table.Column<string>(type: "TEXT", nullable: true),
                    SecretProtected = table.Column<string>(type: "TEXT", nullable: true),
                    SmtpProtected = table.Column<string>(type: "TEXT", nullable: true),
                    MinScore = table.Column<double>(type: "REAL", nullable: true),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DigestEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DigestTime = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    QuietHours = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SnoozedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastDigestAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastDeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertChannels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobMatches",
                columns: table => new
                {
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobMatches", x => x.JobId);
                });

            migrationBuilder.CreateTable(
                name: "Profiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    TitleAllowlist = table.Column<string>(type: "TEXT", nullable: false),
                    TitleBlocklist = table.Column<string>(type: "TEXT", nullable: false),
                    KeywordsBoost = table.Column<string>(type: "TEXT", nullable: false),
                    KeywordsExclude = table.Column<string>(type: "TEXT", nullable: false),
                    AllowRemote = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowHybrid = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowOnsite = table.Column<bool>(type: "INTEGER", nullable: false),
                    Cities = table.Column<string>(type: "TEXT", nullable: false),
                    States = table.Column<string>(type: "TEXT", nullable: false),
                    Countries = table.Column<string>(type: "TEXT", nullable: false),
                    SalaryFloor = table.Column<double>(type: "REAL", nullable: true),
                    SalaryTarget = table.Column<double>(type: "REAL", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PreferredCompanies = table.Column<string>(type: "TEXT", nullable: false),
                    BlockedCompanies = table.Column<string>(type: "TEXT", nullable: false),
                    RecencyFullDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RecencyZeroDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ImmediateAlertThreshold = table.Column<double>(type: "REAL", nullable: false),
                    DigestMinScore = table.Column<double>(type: "REAL", nullable: false),
                    WeightSkills = table.Column<double>(type: "REAL", nullable: false),
                    WeightSalary = table.Column<double>(type: "REAL", nullable: false),
                    WeightLocation = table.Column<double>(type: "REAL", nullable: false),
                    WeightCompany = table.Column<double>(type: "REAL", nullable: false),
                    WeightRecency = table.Column<double>(type: "REAL", nullable: false),
                    LearnedWeightsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChannelId = table.Column<int>(type: "INTEGER", nullable: false),
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MatchedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Alerts_AlertChannels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "AlertChannels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertChannels_Name",
                table: "AlertChannels",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_ChannelId_JobId",
                table: "Alerts",
                columns: new[] { "ChannelId", "JobId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_Status_NextAttemptAt",
                table: "Alerts",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobMatches_Score",
                table: "JobMatches",
                column: "Score");

            migrationBuilder.CreateIndex(
                name: "IX_Profiles_Name",
                table: "Profiles",
                column: "Name",
                unique: true);

            RebuildSearchIndex(migrationBuilder, "unicode61 remove_diacritics 2 tokenchars '#+'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "JobMatches");

            migrationBuilder.DropTable(
                name: "Profiles");

            migrationBuilder.DropTable(
                name: "AlertChannels");

            migrationBuilder.AddColumn<double>(
                name: "Score",
                table: "Jobs",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScoreReasonsJson",
                table: "Jobs",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            RebuildSearchIndex(migrationBuilder, "unicode61 remove_diacritics 2");
        }

        // Whole-term matching of profile keywords reads the search index: "c#" and "c++" must stay
        // tokens of their own, so the index is rebuilt with '#' and '+' as token characters.
        private static void RebuildSearchIndex(MigrationBuilder migrationBuilder, string tokenize)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS JobsFts;");
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE JobsFts USING fts5(Title, Company, Body, content='', contentless_delete=1, " +
                $"tokenize=\"{tokenize}\");");
            migrationBuilder.Sql(
                "INSERT INTO JobsFts (rowid, Title, Company, Body) " +
                "SELECT j.Id, j.Title, j.Company, substr(coalesce(d.Text, ''), 1, 20000) FROM Jobs j LEFT JOIN JobDescriptions d ON d.JobId = j.Id;");
        }
    }
}
