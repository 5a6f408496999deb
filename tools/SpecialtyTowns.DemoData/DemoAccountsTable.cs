using System.Text;

namespace SpecialtyTowns.DemoData;

/// <summary>The demo accounts as the run command prints them: email / password / role.</summary>
public static class DemoAccountsTable
{
    public static string Format(DemoDataSet set, string password)
    {
        var text = new StringBuilder("Demo accounts (sample data; every one has the same password):");
        var width = set.Accounts.Max(a => a.Email.Length);
        foreach (var account in set.Accounts)
        {
            text.AppendLine();
            text.Append($"    {account.Email.PadRight(width)} / {password} / {account.Role}{(account.Town is null ? string.Empty : " " + account.Town)}");
        }

        return text.ToString();
    }
}
