using System.Globalization;
using System.Runtime.CompilerServices;

namespace ParIndex.Tests;

/// <summary>Pins the tests to English messages whatever the machine's locale; Vietnamese is asked for explicitly.</summary>
internal static class TestCulture
{
    [ModuleInitializer]
    internal static void PinEnglish()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
    }
}
