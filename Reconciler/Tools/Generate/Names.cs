namespace Reconciler.Tools.Generate;

/// <summary>
/// Word lists for realistic names. Every company name is three words (one from each list) plus a legal
/// form the engine ignores, so no name's words are a subset of another's; the words are at least three
/// edits apart, so a one-letter typo still points to exactly one customer (a test checks this).
/// </summary>
internal static class Names
{
    public static readonly string[] First =
    [
        "Granite", "Harbor", "Summit", "Falcon", "Meridian", "Beacon", "Juniper", "Sterling", "Aurora", "Cobalt",
        "Quarry", "Willow", "Tundra", "Pioneer", "Vertex", "Oakmont", "Bluewater", "Redwood", "Lakeshore", "Prairie",
        "Canyon", "Evergreen", "Horizon", "Keystone", "Magnolia", "Northwind", "Orchard", "Pinnacle", "Riverside", "Sapphire",
        "Trident", "Upland", "Valiant", "Westbrook", "Yellowstone", "Zephyr", "Birchwood", "Crestline", "Driftwood", "Foxglove",
        "Glacier", "Hawthorne", "Ironwood", "Jasper", "Kestrel", "Larkspur", "Mistral", "Nimbus", "Obsidian", "Peregrine",
        "Quicksilver", "Rosewood", "Sequoia", "Thistle", "Vantage", "Wolfram", "Xanadu", "Yarrow", "Zircon", "Basalt",
    ];

    public static readonly string[] Second =
    [
        "Atlantic", "Pacific", "Continental", "Heritage", "Liberty", "Frontier", "Premier", "Coastal", "National", "Paramount",
        "Regional", "Allied", "Unified", "Precision", "Dynamic", "Strategic", "Integrated", "Advanced", "Modern", "Classic",
        "Superior", "Reliable", "Standard", "Golden", "Copper", "Crimson", "Emerald", "Scarlet", "Indigo", "Saffron",
        "Ivory", "Onyx", "Velvet", "Titan", "Orbit", "Quantum", "Vector", "Signal", "Anchor", "Lantern",
        "Compass", "Keel", "Mosaic", "Prism", "Tandem", "Triad", "Venture", "Zenith", "Apex", "Nova",
        "Polar", "Luminous", "Lunar", "Stellar", "Cardinal", "Harvest", "Meadow", "Tidewater", "Bramble", "Thunder",
    ];

    public static readonly string[] Industry =
    [
        "Dental", "Logistics", "Manufacturing", "Foods", "Plumbing", "Electric", "Roofing", "Landscaping", "Staffing", "Consulting",
        "Pharmacy", "Imaging", "Orthopedics", "Veterinary", "Bakery", "Brewing", "Printing", "Textiles", "Robotics", "Analytics",
        "Marine", "Aviation", "Freight", "Catering", "Optical", "Hardware", "Lumber", "Ceramics", "Surgical", "Therapy",
        "Fitness", "Apparel", "Packaging", "Plastics", "Chemicals", "Motors", "Interiors", "Media", "Studios", "Hospitality",
    ];

    public static readonly string[] LegalForms = ["Inc.", "LLC", "Corp.", "Co.", "Ltd.", "PLLC", "LLP", "Inc"];

    /// <summary>People and firms that are not customers: unidentified money.</summary>
    public static readonly string[] Strangers =
    [
        "J MARTINEZ", "OLGA PETROV", "R K NAKAMURA", "DEVON OYELARAN", "T WOJCIK", "AMIRA HADDAD", "LUIS FERREIRA",
        "KOWALSKI TRUST", "M OKONKWO", "SVEN LINDQVIST", "PRIYA RAGHAVAN", "CHEN WEI", "BAPTISTE DUBOIS", "N ABERNATHY",
        "GUPTA FAMILY", "H TANAKA", "ESPOSITO ESTATE", "F MBEKI", "IGOR VOLKOV", "DARIUS FARAHANI",
    ];

    /// <summary>Words of the bank's own texts, kept away from customer names.</summary>
    public static readonly string[] BankWords =
    [
        "ACH", "CREDIT", "WIRE", "PAYMENT", "DEPOSIT", "LOCKBOX", "TRANSFER", "INVOICE", "CHECK", "MOBILE", "REMITTANCE",
        "THANK", "REF", "ORIG", "STRIPE", "PAYPAL", "HCCLAIMPMT", "RETURN", "INCOMING", "ITEM", "PAYROLL", "SERVICE",
    ];

    public sealed record Payer(string Id, string Name, string Ein, string Filing);

    public static readonly Payer[] Payers =
    [
        new("PAYER-AETNA", "Aetna", "1066033492", "CI"),
        new("PAYER-BCBS", "Blue Cross Blue Shield of Texas", "1750146240", "BL"),
        new("PAYER-UHC", "UnitedHealthcare", "1411289245", "CI"),
        new("PAYER-MEDICARE", "Medicare Part B Novitas", "1231234567", "MB"),
        new("PAYER-CIGNA", "Cigna Healthcare", "1060303370", "CI"),
        new("PAYER-HUMANA", "Humana", "1610647538", "HM"),
    ];

    public static int CompanyCapacity => First.Length * Second.Length * Industry.Length;

    /// <summary>The k-th company name: a fixed stride over all word triples, so neighbours differ in every word.</summary>
    public static string Company(int k, string legalForm)
    {
        var n = (long)k * 7919 % CompanyCapacity; // 7919 is prime and does not divide the capacity: a permutation
        var first = First[n % First.Length];
        var second = Second[n / First.Length % Second.Length];
        var industry = Industry[n / First.Length / Second.Length];
        return $"{first} {second} {industry} {legalForm}";
    }

    /// <summary>One letter of one long word changed: a typist's slip the engine should forgive.</summary>
    public static string WithTypo(string name, Random random)
    {
        var words = name.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 6 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0) return name;
        var w = candidates[random.Next(candidates.Count)];
        var chars = words[w].ToCharArray();
        var at = 2 + random.Next(chars.Length - 3);
        var upper = char.ToUpperInvariant(chars[at]);
        var slip = random.Next(2) == 0 ? char.ToUpperInvariant(chars[at + 1]) : (char)('A' + (upper - 'A' + 7) % 26);
        chars[at] = char.IsLower(chars[at]) ? char.ToLowerInvariant(slip) : slip;
        words[w] = new string(chars);
        return string.Join(' ', words);
    }
}
