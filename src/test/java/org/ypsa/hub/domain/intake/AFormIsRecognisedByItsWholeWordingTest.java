package org.ypsa.hub.domain.intake;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.support.TestIntake;
import org.ypsa.hub.support.Yardstick;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yardstick of stop 51's recognition (recog51): each form is known by its whole wording - its title, its
 * subject and how many of each form's labels it answers - not by a few words it shares with another form. A
 * referral that asks about mediation, family group conferences or the MASH among its many questions is a referral;
 * a MASH referral that asks whether a referral was made is a MASH referral; a short notice that mediation prevented
 * homelessness is still that notice. Forms, wordings and people invented for the test, laid out as councils and
 * providers type them.
 */
class AFormIsRecognisedByItsWholeWordingTest {
    private final Intake intake = TestIntake.shipped();

    /** A form as a sender mails it, and the form it is. */
    private record Form(String name, String from, String subject, String body, FormType is) {
    }

    private static final String EMERGENCY_BED = "Northshire Council - Housing Solutions\n"
            + "Request for an Emergency Supported Accommodation Bed\n"
            + "Who is the referral for?\n"
            + "Full legal name of the young person:\tDarnell Okafor\n"
            + "Young person's date of birth:\t03/05/2008\n"
            + "Gender:\tMale\n"
            + "Legal status:\tCare leaver\n"
            + "Who is making this referral?\n"
            + "Your name:\tPriya Lowe\n"
            + "Job title:\tHousing Options Officer\n"
            + "Team:\tHousing Solutions\n"
            + "Email:\tp.lowe@housing.council.test\n"
            + "Telephone:\t01632 960111\n"
            + "Section C - Prevention\n"
            + "Was a family group conference offered?\tNo\n"
            + "Family and friends options and mediation: outcome\t%s\n"
            + "Section D - Reasons and risks\n"
            + "Why can't the young person remain at home?\tHis stepfather told him to leave after an argument and he is sofa surfing.\n"
            + "Risks to self:\tLow mood, no self-harm known.\n"
            + "Risks to others:\tNone known.\n"
            + "Support needed:\tBudgeting and registering with a GP.\n"
            + "Date you would like the YP to move in:\t14/12/2026\n"
            + "Consent given?\tYes\n";

    private static final List<Form> FORMS = List.of(
            // referrals that ask about mediation, the FGC or the MASH among their questions
            new Form("an emergency bed request whose mediation was declined, under a Prevention heading",
                    "p.lowe@housing.council.test", "URGENT bed needed - referral for DO",
                    EMERGENCY_BED.formatted("Mediation was offered through the housing team and mum declined it."),
                    FormType.REFERRAL),
            new Form("an emergency bed request whose mediation failed",
                    "p.lowe@housing.council.test", "Bed request DO",
                    EMERGENCY_BED.formatted("Two sessions held; homelessness could not be prevented."),
                    FormType.REFERRAL),
            new Form("a referral form whose mediation outcome asks a question of the young person's home",
                    "a.rahman@council.test", "Supported accommodation referral - JT",
                    "Supported Accommodation Referral\nYoung person's name: Jade Turner\nDOB: 11/09/2008\n"
                            + "Legal status: Section 20\nReferrer: Amir Rahman\nRole: Social Worker\n"
                            + "Team: Children in Care\nEmail: a.rahman@council.test\nPhone: 01632 960222\n"
                            + "Mediation offered? Yes\nOutcome of mediation: Unsuccessful - dad will not have Jade home.\n"
                            + "MASH referral made? Yes, 02/11/2026\n"
                            + "Reason for referral: Family breakdown; Jade has nowhere to stay.\n"
                            + "Date accommodation needed: 01/12/2026\nConsent: Yes\n",
                    FormType.REFERRAL),
            new Form("an accommodation request from a housing team that names homelessness prevention work",
                    "m.hughes@housing.council.test", "Referral for supported accommodation - EB",
                    "Request for a supported accommodation placement\nName of young person: Ellis Brown\n"
                            + "Date of birth: 22/01/2008\nLegal status: None\nName of referrer: Megan Hughes\n"
                            + "Referrer's role: Prevention Officer\nAgency: Housing Options\nEmail: m.hughes@housing.council.test\n"
                            + "Telephone: 01632 960333\nHomelessness prevention work and mediation outcome: "
                            + "Mediation held on 3 November; mum would not agree to Ellis returning.\n"
                            + "Reason for referral: Asked to leave by mum, staying with a friend for two nights only.\n"
                            + "Move in date: 10/12/2026\nConsent to share: Yes\n",
                    FormType.REFERRAL),
            // MASH referrals that ask about a referral, or about mediation that did not work
            new Form("a MASH referral that asks whether a supported accommodation referral was made",
                    "k.ito@housing.council.test", "MASH referral - homeless 16yo",
                    "MASH referral\nYoung person's name: Sami Ito\nDate of birth: 05/06/2010\n"
                            + "Presenting agency: Housing Options\nHomeless or threatened: Homeless tonight\n"
                            + "Mediation tried: Yes\nOutcome of mediation: Mum will not let Sami home.\n"
                            + "Supported accommodation referral made? Not yet\n",
                    FormType.MASH_REFERRAL),
            new Form("a MASH request whose family work agreed house rules that then broke down",
                    "k.ito@housing.council.test", "Request to MASH - 16/17 homeless",
                    "16/17 Homelessness - Request to MASH\nYoung person's name: Sami Ito\nDate of birth: 05/06/2010\n"
                            + "Presenting agency: Housing Options\nHomeless or threatened with homelessness: Homeless\n"
                            + "Mediation offered: Yes\nOutcome: Mediation was attempted but failed.\n"
                            + "Welfare concerns: Staying with older adults.\n",
                    FormType.MASH_REFERRAL),
            new Form("a MASH referral whose mediation found a relative's bed for some weeks while work continues",
                    "r.evans@housing.council.test", "MASH referral - threatened with homelessness",
                    "Referral to MASH - 16/17 year old\nYoung person's name: Nia Evans\nDate of birth: 14/02/2010\n"
                            + "Address: 12 Bryn Road\nPresenting agency: Housing Options\nHomeless or threatened: Threatened\n"
                            + "Was mediation tried? Yes\nMediation result: Agreement reached for Nia to stay with an aunt "
                            + "for three weeks while the family work continues.\nKnown to social care: No\n",
                    FormType.MASH_REFERRAL),
            new Form("a MASH referral whose mediation moved the young person to a grandparent for now",
                    "r.evans@housing.council.test", "16/17 homeless - MASH",
                    "MASH referral\nName: Owen Price\nDOB: 30/08/2009\nPresenting agency: Youth Service\n"
                            + "Homeless or threatened with homelessness: Homeless\nMediation attempted: Yes\n"
                            + "Outcome of mediation: Some progress made; Owen will stay with his nan for the time being "
                            + "until a second session.\nWelfare concerns: Missing school, low mood.\n",
                    FormType.MASH_REFERRAL),
            new Form("a MASH referral typed on a phone whose young person stays with nan while mediation goes on",
                    "r.evans@housing.council.test", "16/17 homelessness - MASH",
                    "Referral to MASH - 16/17 homelessness\nWho is presenting as homeless? Cai Morgan\n"
                            + "Where is the YP staying? - 3 Stryd Fawr, Bala\nHomeless tonight or at risk? threatened - "
                            + "notice given by dad\nMediation with family (Y/N) - Y\nMediation outcome - Cai agreed to "
                            + "stay with nan while further mediation takes place.\n",
                    FormType.MASH_REFERRAL),
            new Form("a MASH referral whose mediation agreed only some weekends at dad's",
                    "r.evans@housing.council.test", "MASH referral - homeless 16/17",
                    "MASH referral - homeless 16/17 year old\nName: Lena Novak\nDOB: 02/03/2010\n"
                            + "Housing circumstances: Threatened with homelessness\nMediation? Y\nMediation - outcome: "
                            + "Agreed that Lena can stay with dad some weekends only; a full return home was not agreed.\n"
                            + "Risks and concerns: Conflict at home has got worse.\n",
                    FormType.MASH_REFERRAL),
            new Form("a MASH referral whose young person went home on a weekend trial and left again",
                    "r.evans@housing.council.test", "MASH - 16yo threatened",
                    "Request to MASH\nYoung person's name: Tomos Rees\nDate of birth: 11/07/2009\n"
                            + "Homeless or threatened with homelessness: threatened\nMediation attempted: yes\n"
                            + "Outcome of mediation: Tomos went home for a weekend trial after mediation, but left again "
                            + "after a row with his brother.\n",
                    FormType.MASH_REFERRAL),
            new Form("a notice that the young person stays at home with weekends at an aunt's",
                    "k.ito@housing.council.test", "Outcome for SI",
                    "For information: Sami Ito 05/06/2010 - Housing Options met the family again on 18 November. "
                            + "Family agreed Sami can stay at home with respite at an aunt's on weekends. No MASH form "
                            + "will follow.\n",
                    FormType.MASH_NOTICE),
            // real notices that mediation prevented homelessness
            new Form("a notice whose mediation outcome says homelessness was prevented",
                    "k.ito@housing.council.test", "Mediation outcome - SI",
                    "Mediation outcome notification\nYoung person's name: Sami Ito\nDate of birth: 05/06/2010\n"
                            + "Address: 4 Elm Row\nAgency: Housing Options\nMediation date: 20/11/2026\n"
                            + "Mediation outcome: Homelessness prevented - Sami has returned home to mum.\n",
                    FormType.MASH_NOTICE),
            new Form("a notice headed as one, its outcome in other words",
                    "k.ito@housing.council.test", "Notification to MASH - SI",
                    "Homelessness prevented - notification to MASH\nName: Sami Ito\nDOB: 05/06/2010\n"
                            + "Outcome: Family mediation successful, Sami is staying at home.\n",
                    FormType.MASH_NOTICE),
            new Form("a notice whose outcome says prevented under a Prevention heading",
                    "k.ito@housing.council.test", "Prevention - SI",
                    "Section C - Prevention\nYoung person: Sami Ito\nDate of birth: 05/06/2010\n"
                            + "Mediation outcome: Prevented - agreement reached with dad.\n",
                    FormType.MASH_NOTICE),
            new Form("a prevention team's mediation outcome saying the young person moved home, not 'prevented'",
                    "k.ito@housing.council.test", "FW: mediation outcome SI",
                    "Prevention Team: Mediation Outcome\nName of the young person (block capitals)\nSAMI ITO\n"
                            + "Young person's date of birth:\n05/06/2010\nReferral received on:\n02/11/2026\n"
                            + "Date of mediation:\n20/11/2026\nOutcome of mediation - please describe:\n"
                            + "Dad and Sami agreed house rules at the first session and Sami moved home the same evening.\n"
                            + "Mediating organisation (please specify):\nFamily mediation service\n",
                    FormType.MASH_NOTICE),
            // other forms that mention a referral, mediation or a risk
            new Form("a provider's incident report that mentions a referral to the MASH",
                    "nights@haven.provider.test", "Incident report - HV-02",
                    "Incident report\nYoung person: Leo Marsh\nDate of incident: 01/12/2026\nTime: 23:10\n"
                            + "Location: Haven House, room 2\nWhat happened: Leo came back with cuts to his hands and said "
                            + "an older man had threatened him.\nAction taken: Police called; referral to MASH made.\n"
                            + "Severity: High\nReported by: Tom Reed, night worker\n",
                    FormType.SAFEGUARDING_INCIDENT),
            new Form("an intelligence submission with a risk section and a referral mentioned",
                    "j.cole@youthservice.test", "Intelligence submission",
                    "Partnership Agency Intelligence Sharing Submission\nSubmitting agency: Youth Service\n"
                            + "Your name: Jo Cole\nRole: Youth worker\nEmail: j.cole@youthservice.test\n"
                            + "Date of intelligence: 30/11/2026\nLocation: Bus station, Northtown\n"
                            + "Information: Two young people seen getting into a car with an adult male; a referral "
                            + "to supported accommodation is in for one of them.\nRisk to young people: Possible exploitation.\n"
                            + "Is anyone in immediate danger? No\n",
                    FormType.INTELLIGENCE_SUBMISSION),
            new Form("a provider's risk concern about a referral that mentions mediation",
                    "intake@haven.provider.test", "Risk concern - referral for DO",
                    "Risk concern\nYoung person: Darnell Okafor\nDate of birth: 03/05/2008\nProvider: Haven Housing\n"
                            + "Risk we are unable to manage: Recent arson at his last placement.\n"
                            + "Why it cannot be managed: No waking night staff.\n"
                            + "What would enable us to accept: A waking night worker, or mediation with his family first.\n",
                    FormType.RISK_CONCERN));

    /** Forms the hub does not yet know for what they are (none, or named here with why). */
    private static final Set<String> NOT_YET = Set.of();

    @Test
    void eachFormIsTheFormItsWholeWordingSays() {
        List<Yardstick.Row> rows = FORMS.stream().map(f -> new Yardstick.Row(f.name(), f.is().name())).toList();
        var read = Yardstick.read("AFormIsRecognisedByItsWholeWordingTest", rows, r -> {
            Form f = FORMS.stream().filter(x -> x.name().equals(r.wording())).findFirst().orElseThrow();
            Outcome o = intake.handle(TestIntake.mail(f.from(), f.subject(), "2026-12-02T10:00:00Z", f.body()));
            return o.formType() == null ? null : o.formType().name();
        });
        assertThat(read.misses().stream().filter(m -> !NOT_YET.contains(m.row().wording())).toList())
                .as("forms recognised as another form").isEmpty();
    }
}
