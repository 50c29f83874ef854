using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Core.Contacts;

public static class ContactsServiceCollectionExtensions
{
    /// <summary>Contacts, their search and discovery, and outreach messages.</summary>
    public static IServiceCollection AddContacts(this IServiceCollection services)
    {
        services.AddSingleton<ContactSearch>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<MessageService>();
        return services;
    }
}
