using System.Security.Cryptography;
using JobSentinel.Core.Security;
using Microsoft.AspNetCore.DataProtection;

namespace JobSentinel.Web.Security;

/// <summary>Secrets encrypted with the data-protection keys kept in the data directory (and its backups).</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("JobSentinel.Secrets.v1");

    public string Protect(string plainText) => _protector.Protect(plainText);

    public string? Unprotect(string protectedText)
    {
        try
        {
            return _protector.Unprotect(protectedText);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
