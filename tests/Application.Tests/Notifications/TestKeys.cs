namespace Ukspf.Application.Tests.Notifications;

/// <summary>A GOV.UK Notify API key as Notify issues them: "{key name}-{service id}-{secret}".</summary>
internal static class TestKeys
{
    public const string ServiceId = "3d0e1c9a-5b4f-4e8a-9c77-2f61a0b8d4e5";

    public const string Secret = "9b2f7c1e-0d4a-4f6b-8e35-c7a19d2e6f80";

    public const string ApiKey = "ukspf_test-" + ServiceId + "-" + Secret;

    public const string ReturnProcessedTemplate = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    public const string ReminderTemplate = "a9c8e1d2-7b64-4c3f-9e0a-51d2b7f4c6e8";
}
