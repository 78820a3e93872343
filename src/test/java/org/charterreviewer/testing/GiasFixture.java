package org.charterreviewer.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes files shaped like the DfE "Get Information about Schools" establishment extract
 * (edubasealldataYYYYMMDD.csv): Windows-1252 bytes, every field quoted, CRLF line ends, and the
 * full header of the real file in a shuffled order, as releases move columns about.
 */
public final class GiasFixture {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The columns of the real extract (as published in 2024/25), in their published order. */
    public static final List<String> REAL_HEADER = List.of("URN", "LA (code)", "LA (name)", "EstablishmentNumber",
            "EstablishmentName", "TypeOfEstablishment (code)", "TypeOfEstablishment (name)",
            "EstablishmentTypeGroup (code)", "EstablishmentTypeGroup (name)", "EstablishmentStatus (code)",
            "EstablishmentStatus (name)", "ReasonEstablishmentOpened (code)", "ReasonEstablishmentOpened (name)",
            "OpenDate", "ReasonEstablishmentClosed (code)", "ReasonEstablishmentClosed (name)", "CloseDate",
            "PhaseOfEducation (code)", "PhaseOfEducation (name)", "StatutoryLowAge", "StatutoryHighAge",
            "Boarders (code)", "Boarders (name)", "NurseryProvision (name)", "OfficialSixthForm (code)",
            "OfficialSixthForm (name)", "Gender (code)", "Gender (name)", "ReligiousCharacter (code)",
            "ReligiousCharacter (name)", "ReligiousEthos (name)", "Diocese (code)", "Diocese (name)",
            "AdmissionsPolicy (code)", "AdmissionsPolicy (name)", "SchoolCapacity", "SpecialClasses (code)",
            "SpecialClasses (name)", "CensusDate", "NumberOfPupils", "NumberOfBoys", "NumberOfGirls",
            "PercentageFSM", "TrustSchoolFlag (code)", "TrustSchoolFlag (name)", "Trusts (code)", "Trusts (name)",
            "SchoolSponsorFlag (name)", "SchoolSponsors (name)", "FederationFlag (name)", "Federations (code)",
            "Federations (name)", "UKPRN", "FEHEIdentifier", "FurtherEducationType (name)", "OfstedLastInsp",
            "OfstedSpecialMeasures (code)", "OfstedSpecialMeasures (name)", "LastChangedDate", "Street", "Locality",
            "Address3", "Town", "County (name)", "Postcode", "SchoolWebsite", "TelephoneNum", "HeadTitle (name)",
            "HeadFirstName", "HeadLastName", "HeadPreferredJobTitle", "BSOInspectorateName (name)",
            "InspectorateReport", "DateOfLastInspectionVisit", "NextInspectionVisit", "TeenMoth (name)",
            "TeenMothPlaces", "CCF (name)", "SENPRU (name)", "EBD (name)", "PlacesPRU", "FTProv (name)",
            "EdByOther (name)", "Section41Approved (name)", "SEN1 (name)", "SEN2 (name)", "SEN3 (name)",
            "SEN4 (name)", "SEN5 (name)", "SEN6 (name)", "SEN7 (name)", "SEN8 (name)", "SEN9 (name)",
            "SEN10 (name)", "SEN11 (name)", "SEN12 (name)", "SEN13 (name)", "TypeOfResourcedProvision (name)",
            "ResourcedProvisionOnRoll", "ResourcedProvisionCapacity", "SenUnitOnRoll", "SenUnitCapacity",
            "GOR (code)", "GOR (name)", "DistrictAdministrative (code)", "DistrictAdministrative (name)",
            "AdministrativeWard (code)", "AdministrativeWard (name)", "ParliamentaryConstituency (code)",
            "ParliamentaryConstituency (name)", "UrbanRural (code)", "UrbanRural (name)", "GSSLACode (name)",
            "Easting", "Northing", "MSOA (name)", "LSOA (name)", "InspectorateName (name)", "SENStat", "SENNoStat",
            "BoardingEstablishment (name)", "PropsName", "PreviousLA (code)", "PreviousLA (name)",
            "PreviousEstablishmentNumber", "OfstedRating (name)", "RSCRegion (name)", "Country (name)", "UPRN",
            "SiteName", "QABName (code)", "QABName (name)", "EstablishmentAccredited (code)",
            "EstablishmentAccredited (name)", "QABReport", "CHNumber", "MSOA (code)", "LSOA (code)", "FSM",
            "AccreditationExpiryDate");

    private final List<String> header;
    private final List<String> lines = new ArrayList<>();
    private final Random random;

    private GiasFixture(long seed) {
        this.random = new Random(seed);
        List<String> shuffled = new ArrayList<>(REAL_HEADER);
        Collections.shuffle(shuffled, random);
        this.header = List.copyOf(shuffled);
    }

    /** A fixture whose header is the real one shuffled by {@code seed}. */
    public static GiasFixture shuffled(long seed) {
        return new GiasFixture(seed);
    }

    public List<String> header() {
        return header;
    }

    /** Adds a school; columns not given get plausible filler like the real file's. */
    public GiasFixture school(String urn, String name, String la, String status, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(filler(urn));
        values.put("URN", urn);
        values.put("EstablishmentName", name);
        values.put("LA (name)", la);
        values.put("EstablishmentStatus (name)", status);
        values.putAll(more);
        List<String> fields = new ArrayList<>();
        for (String column : header) {
            fields.add(values.getOrDefault(column, ""));
        }
        return rawFields(fields);
    }

    /** Adds a line of exactly these fields, each quoted (for broken rows). */
    public GiasFixture rawFields(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        lines.add(line.toString());
        return this;
    }

    /** Typical values of the other columns (codes, dates, counts), so rows have the real width. */
    public Map<String, String> filler(String urn) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("LA (code)", "202");
        values.put("EstablishmentNumber", String.valueOf(2000 + random.nextInt(7000)));
        values.put("TypeOfEstablishment (code)", "1");
        values.put("TypeOfEstablishment (name)", "Community school");
        values.put("EstablishmentTypeGroup (code)", "4");
        values.put("EstablishmentTypeGroup (name)", "Local authority maintained schools");
        values.put("EstablishmentStatus (code)", "1");
        values.put("ReasonEstablishmentOpened (name)", "Not applicable");
        values.put("OpenDate", "01-09-1990");
        values.put("ReasonEstablishmentClosed (name)", "Not applicable");
        values.put("PhaseOfEducation (code)", "2");
        values.put("PhaseOfEducation (name)", "Primary");
        values.put("StatutoryLowAge", "3");
        values.put("StatutoryHighAge", "11");
        values.put("Boarders (name)", "No boarders");
        values.put("NurseryProvision (name)", "Has Nursery Classes");
        values.put("OfficialSixthForm (name)", "Does not have a sixth form");
        values.put("Gender (name)", "Mixed");
        values.put("ReligiousCharacter (name)", "Does not apply");
        values.put("Diocese (name)", "Not applicable");
        values.put("AdmissionsPolicy (name)", "Not applicable");
        values.put("SchoolCapacity", String.valueOf(200 + random.nextInt(1200)));
        values.put("CensusDate", "16-01-2025");
        values.put("NumberOfPupils", String.valueOf(150 + random.nextInt(1000)));
        values.put("PercentageFSM", String.format("%.1f", random.nextDouble() * 50));
        values.put("TrustSchoolFlag (name)", "Not applicable");
        values.put("SchoolSponsorFlag (name)", "Not applicable");
        values.put("FederationFlag (name)", "Not under a federation");
        values.put("UKPRN", String.valueOf(10000000 + random.nextInt(9000000)));
        values.put("OfstedLastInsp", "12-03-2023");
        values.put("OfstedSpecialMeasures (name)", "Not applicable");
        values.put("LastChangedDate", "05-11-2025");
        values.put("Street", (1 + random.nextInt(200)) + " Station Road");
        values.put("Town", "London");
        values.put("Postcode", "NW1 " + (1 + random.nextInt(9)) + "AB");
        values.put("HeadTitle (name)", "Ms");
        values.put("HeadFirstName", "Jane");
        values.put("HeadLastName", "Smith");
        values.put("HeadPreferredJobTitle", "Headteacher");
        for (int i = 1; i <= 13; i++) {
            values.put("SEN" + i + " (name)", i == 1 ? "SpLD - Specific Learning Difficulty" : "");
        }
        values.put("GOR (name)", "London");
        values.put("DistrictAdministrative (name)", "Camden");
        values.put("AdministrativeWard (name)", "Kentish Town South");
        values.put("ParliamentaryConstituency (name)", "Holborn and St Pancras");
        values.put("UrbanRural (name)", "(England/Wales) Urban major conurbation");
        values.put("GSSLACode (name)", "E09000007");
        values.put("Easting", String.valueOf(528000 + random.nextInt(3000)));
        values.put("Northing", String.valueOf(183000 + random.nextInt(3000)));
        values.put("MSOA (name)", "Camden 012");
        values.put("LSOA (name)", "Camden 012C");
        values.put("BoardingEstablishment (name)", "Not applicable");
        values.put("OfstedRating (name)", "Good");
        values.put("RSCRegion (name)", "North-West London and South-Central England");
        values.put("Country (name)", "United Kingdom");
        values.put("UPRN", String.valueOf(5000000000L + random.nextInt(100000000)));
        values.put("QABName (name)", "Not applicable");
        values.put("EstablishmentAccredited (name)", "Not applicable");
        values.put("MSOA (code)", "E02000177");
        values.put("LSOA (code)", "E01000859");
        values.put("FSM", String.valueOf(random.nextInt(300)));
        return values;
    }

    /** The whole file as text (header then rows, CRLF, every field quoted). */
    public String text() {
        StringBuilder text = new StringBuilder();
        List<String> quotedHeader = Arrays.asList(header.stream().map(h -> "\"" + h + "\"").toArray(String[]::new));
        text.append(String.join(",", quotedHeader)).append("\r\n");
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        return text.toString();
    }

    /** Writes the file in Windows-1252, as the DfE publishes it. */
    public Path write(Path file) throws IOException {
        return write(file, WINDOWS_1252);
    }

    public Path write(Path file, Charset charset) throws IOException {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                charset.newEncoder()))) {
            writer.write(text());
        }
        return file;
    }
}
