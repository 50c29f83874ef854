using System.Security.Cryptography;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Security;

public enum LoginOutcome
{
    Succeeded,
    InvalidCredentials,
}

public sealed record LoginResult(LoginOutcome Outcome, AdminUser? User);

/// <summary>The outcome of a password change: the updated account, or the problems by field name.</summary>
public sealed record PasswordChangeResult(AdminUser? User, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => User is not null;
}

/// <summary>The admin account: first-run creation, login checks, password changes and session revocation.</summary>
public sealed partial class AdminAccountService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    IOptions<SecurityOptions> options,
    AuditLog auditLog,
    TimeProvider timeProvider,
    ILogger<AdminAccountService> logger)
{
    public const string AdminUserName = "admin";

    // Verifying against a fixed hash when the user does not exist keeps the answer time the same.
    private static readonly Lazy<string> DummyHash = new(() => PasswordHasher.Hash(PasswordHasher.GeneratePassword()));

    private volatile string? _cachedStamp;

    /// <summary>
    /// Creates the admin account when there is none. Returns the generated password when one was
    /// generated (the caller shows it once); null when the password came from configuration or the account existed.
    /// </summary>
    public async Task<string?> EnsureAdminAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.AdminPassword;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var admin = await context.AdminUsers.SingleOrDefaultAsync(u => u.UserName == AdminUserName, cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        string? generated = null;

        if (admin is null)
        {
            generated = string.IsNullOrEmpty(configured) ? PasswordHasher.GeneratePassword() : null;
            admin = new AdminUser
            {
                UserName = AdminUserName,
                PasswordHash = PasswordHasher.Hash(configured is { Length: > 0 } ? configured : generated!),
                MustChangePassword = generated is not null,
                SecurityStamp = NewStamp(),
                CreatedAt = now,
                PasswordChangedAt = now,
            };
            context.AdminUsers.Add(admin);
            await context.SaveChangesAsync(cancellationToken);
            await auditLog.WriteAsync(AuditKinds.AdminCreated, AdminUserName, null,
                generated is null ? "password from configuration" : "generated first-run password", cancellationToken);
        }
        else if (configured is { Length: > 0 } && !PasswordHasher.Verify(configured, admin.PasswordHash))
        {
            admin.PasswordHash = PasswordHasher.Hash(configured);
            admin.MustChangePassword = false;
            admin.SecurityStamp = NewStamp();
            admin.PasswordChangedAt = now;
            await context.SaveChangesAsync(cancellationToken);
            await auditLog.WriteAsync(AuditKinds.PasswordChanged, AdminUserName, null, "set from configuration", cancellationToken);
        }

        if (configured is { Length: > 0 } && configured.Length < options.Value.MinimumPasswordLength)
        {
            LogShortConfiguredPassword(logger, options.Value.MinimumPasswordLength);
        }

        _cachedStamp = admin.SecurityStamp;
        return generated;
    }

    public async Task<LoginResult> VerifyLoginAsync(string? userName, string? password, string? remoteIp, CancellationToken cancellationToken)
    {
        userName = userName?.Trim() ?? "";
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var admin = userName.Length == 0
            ? null
            : await context.AdminUsers.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        var valid = PasswordHasher.Verify(password ?? "", admin?.PasswordHash ?? DummyHash.Value) && admin is not null;
        if (!valid)
        {
            await auditLog.WriteAsync(AuditKinds.LoginFailed, userName, remoteIp,
                admin is null ? "unknown user" : "wrong password", cancellationToken);
            return new LoginResult(LoginOutcome.InvalidCredentials, null);
        }

        admin!.LastLoginAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        await auditLog.WriteAsync(AuditKinds.LoginSucceeded, admin.UserName, remoteIp, null, cancellationToken);
        return new LoginResult(LoginOutcome.Succeeded, admin);
    }

    public async Task<PasswordChangeResult> ChangePasswordAsync(
        string userName, string? currentPassword, string? newPassword, string? confirmPassword, string? remoteIp, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var admin = await context.AdminUsers.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        Dictionary<string, string> errors = [];
        if (admin is null || !PasswordHasher.Verify(currentPassword ?? "", admin.PasswordHash))
        {
            errors["currentPassword"] = "The current password is not correct.";
        }

        var minimum = options.Value.MinimumPasswordLength;
        if (string.IsNullOrEmpty(newPassword) || newPassword.Length < minimum)
        {
            errors["newPassword"] = $"The new password must be at least {minimum} characters long.";
        }
        else if (newPassword == currentPassword)
        {
            errors["newPassword"] = "The new password must differ from the current one.";
        }
        else if (newPassword != confirmPassword)
        {
            errors["confirmPassword"] = "The confirmation does not match the new password.";
        }

        if (errors.Count > 0)
        {
            await auditLog.WriteAsync(AuditKinds.PasswordChangeFailed, userName, remoteIp, string.Join(" ", errors.Keys), cancellationToken);
            return new PasswordChangeResult(null, errors);
        }

        admin!.PasswordHash = PasswordHasher.Hash(newPassword!);
        admin.MustChangePassword = false;
        admin.SecurityStamp = NewStamp();
        admin.PasswordChangedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        _cachedStamp = admin.SecurityStamp;
        await auditLog.WriteAsync(AuditKinds.PasswordChanged, userName, remoteIp, null, cancellationToken);
        return new PasswordChangeResult(admin, new Dictionary<string, string>());
    }

    /// <summary>The stamp a session cookie must carry to stay valid.</summary>
    public async Task<string?> GetSecurityStampAsync(CancellationToken cancellationToken)
    {
        if (_cachedStamp is { } stamp)
        {
            return stamp;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        _cachedStamp = await context.AdminUsers
            .Where(u => u.UserName == AdminUserName)
            .Select(u => u.SecurityStamp)
            .SingleOrDefaultAsync(cancellationToken);
        return _cachedStamp;
    }

    /// <summary>Ends every signed-in session by changing the security stamp.</summary>
    public async Task RevokeSessionsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stamp = NewStamp();
        await context.AdminUsers.ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp), cancellationToken);
        _cachedStamp = stamp;
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "JobSentinel:Security:AdminPassword is shorter than {Minimum} characters; use a longer password outside of tests")]
    private static partial void LogShortConfiguredPassword(ILogger logger, int minimum);
}
