using System.ComponentModel.DataAnnotations;
using System.Globalization;
using JobSentinel.Core.Security;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Components;

namespace JobSentinel.Web.Components.Account;

public partial class Login
{
    private string? _message;

    [Inject]
    public required AdminAccountService Accounts { get; init; }

    [Inject]
    public required LoginThrottle Throttle { get; init; }

    [Inject]
    public required AuditLog AuditLog { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [CascadingParameter]
    public HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "login")]
    public LoginInput Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    protected override void OnInitialized() => Input ??= new();

    private async Task SignInAsync()
    {
        var address = ClientAddress.Of(HttpContext);
        if (Throttle.TryAttempt(address) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await AuditLog.WriteAsync(AuditKinds.LoginRateLimited, Input.UserName, address, $"retry after {seconds}s");
            _message = $"Too many sign-in attempts from this address. Try again in {seconds} seconds.";
            return;
        }

        var result = await Accounts.VerifyLoginAsync(Input.UserName, Input.Password, address, HttpContext.RequestAborted);
        if (result.User is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status401Unauthorized;
            _message = "The user name or password is not correct.";
            return;
        }

        await AdminSessions.SignInAsync(HttpContext, result.User);
        var target = AdminSessions.SafeReturnUrl(ReturnUrl);
        Navigation.NavigateTo(result.User.MustChangePassword
            ? $"{PasswordChangeGateMiddleware.ChangePasswordPath}?returnUrl={Uri.EscapeDataString(target)}"
            : target);
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter the user name.")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter the password.")]
        public string Password { get; set; } = "";
    }
}
