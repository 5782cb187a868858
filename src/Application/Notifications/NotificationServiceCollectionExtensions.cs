using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ukspf.Domain.Councils;

namespace Ukspf.Application.Notifications;

/// <summary>Registers the notifications: GOV.UK Notify when an API key is configured, nothing sent otherwise.</summary>
public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="NotifyOptions"/> from the configuration section "Notify" (environment variables
    /// <c>Notify__ApiKey</c>...), in place of the defaults <c>AddUkspfPipeline</c> registers; call it before or
    /// after that.
    /// </summary>
    public static IServiceCollection AddNotifySettings(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(NotifyOptions.Section).Get<NotifyOptions>() ?? new NotifyOptions();
        return services.Replace(ServiceDescriptor.Singleton(options));
    }

    /// <summary>
    /// Adds what is missing of <see cref="IReturnNotifier"/> (chosen by whether <see cref="NotifyOptions.ApiKey"/>
    /// is set), <see cref="IReminderRecipients"/> (nobody, until a list of who may submit is registered),
    /// <see cref="ReminderLog"/> and <see cref="SendDeadlineReminders"/>. Called by <c>AddUkspfPipeline</c>.
    /// </summary>
    public static IServiceCollection AddUkspfNotifications(this IServiceCollection services)
    {
        services.TryAddSingleton(new NotifyOptions());
        services.TryAddSingleton<IReturnNotifier>(provider =>
        {
            var options = provider.GetRequiredService<NotifyOptions>();
            if (!options.IsOn) return new NoReturnNotifier();
            // Hosts with no logging (the command line) still get a notifier.
            var logs = provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
            return new NotifyReturnNotifier(options, provider.GetRequiredService<CouncilRegister>(), logs.CreateLogger<NotifyReturnNotifier>());
        });
        services.TryAddSingleton<IReminderRecipients, NoReminderRecipients>();
        services.TryAddSingleton<ReminderLog>();
        services.TryAddSingleton<SendDeadlineReminders>();
        return services;
    }
}
