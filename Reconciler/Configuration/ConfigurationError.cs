namespace Reconciler.Configuration;

/// <summary>Bad usage or configuration: the message says what and where. Exit code 2.</summary>
public sealed class ConfigurationError(string message) : Exception(message);
