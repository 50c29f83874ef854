using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobSentinel.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Operations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AnalysisMs",
                table: "Resumes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OpsSamples",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Minute = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Requests = table.Column<int>(type: "INTEGER", nullable: false),
                    ServerErrors = table.Column<int>(type: "INTEGER", nullable: false),
                    ClientErrors = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationMsSum = table.Column<double>(type: "REAL", nullable: false),
                    P50Ms = table.Column<double>(type: "REAL", nullable: true),
                    P95Ms = table.Column<double>(type: "REAL", nullable: true),
                    P99Ms = table.Column<double>(type: "REAL", nullable: true),
                    ApiRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    ApiSlowRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    RateLimited = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingSetMb = table.Column<double>(type: "REAL", nullable: false),
                    CpuPercent = table.Column<double>(type: "REAL", nullable: false),
                    EvaluationsQueued = table.Column<int>(type: "INTEGER", nullable: false),
                    AlertsPending = table.Column<int>(type: "INTEGER", nullable: false),
                    HangfireEnqueued = table.Column<int>(type: "INTEGER", nullable: true),
                    Users = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpsSamples", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Resumes_UploadedAt",
                table: "Resumes",
                column: "UploadedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_Dashboard",
                table: "Jobs",
                columns: new[] { "FirstSeenAt", "Status", "Company", "SalaryAnnualUsd", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_Status_FinishedAt",
                table: "Evaluations",
                columns: new[] { "Status", "FinishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_Status_SentAt",
                table: "Alerts",
                columns: new[] { "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OpsSamples_Minute",
                table: "OpsSamples",
                column: "Minute",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OpsSamples");

            migrationBuilder.DropIndex(
                name: "IX_Resumes_UploadedAt",
                table: "Resumes");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_Dashboard",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Evaluations_Status_FinishedAt",
                table: "Evaluations");

            migrationBuilder.DropIndex(
                name: "IX_Alerts_Status_SentAt",
                table: "Alerts");

            migrationBuilder.DropColumn(
                name: "AnalysisMs",
                table: "Resumes");
        }
    }
}
