package org.ypsa.hub.domain.safeguarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening, phrasing by phrasing: present danger in the many ways staff write it is urgent (recall must be 100%);
 * explicit negations, past events, the form's own guidance and email footers are not. Prints recall and precision.
 */
class ScreeningPhrasingsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    record Phrasing(boolean urgent, String text) {
        @Override
        public String toString() {
            return (urgent ? "urgent: " : "ordinary: ") + text;
        }
    }

    private static Phrasing urgent(String text) {
        return new Phrasing(true, text);
    }

    private static Phrasing ordinary(String text) {
        return new Phrasing(false, text);
    }

    static List<Phrasing> phrasings() {
        return List.of(
                // present danger, as staff write it
                urgent("She is with him now at his flat on Cowley Road."),
                urgent("Resident is with them right now and won't answer her phone."),
                urgent("He is going to be moved to Reading tonight by the people he owes money to."),
                urgent("The lad in room 2 has a knife and is refusing to come out."),
                urgent("Her ex has got a knife and is outside the building."),
                urgent("He keeps threatening to kill her if she tells anyone."),
                urgent("Ex-partner is threatening to stab the resident."),
                urgent("Young person is missing and believed to be with older males in Banbury."),
                urgent("She went missing this afternoon, believed to be with an adult male she met online."),
                urgent("We think she is being held at an address in Blackbird Leys."),
                urgent("The young person is at risk right now."),
                urgent("She is going to meet him later today at Oxford station."),
                urgent("She told staff she is meeting an older man tonight."),
                urgent("We believe she is in immediate danger."),
                urgent("There is an immediate risk to her life."),
                urgent("Two men are banging on the door of Flat 3 as we speak."),
                urgent("He is currently being followed by a car with three men in it."),
                urgent("A resident has just been attacked in the car park and is bleeding."),
                urgent("The young person has taken an overdose and is unconscious."),
                urgent("He is on the roof saying he is going to jump."),
                urgent("Her boyfriend is hitting her in the flat upstairs and staff can hear her screaming."),
                urgent("A group is on its way to the property to sort him out."),
                urgent("She is in a car heading towards London with two unknown men."),
                urgent("Please send police, a fight is in progress in the communal lounge."),
                urgent("She has been missing since 3pm and has no phone or money."),
                urgent("Kit texted: they are making me go to Swindon with the phone tonight."),
                urgent("URGENT: young person has disclosed she is being sexually exploited and is due to be collected this evening."),
                urgent("He says the dealers are coming after him and he can't get away."),
                urgent("Not urgent for us, but she is with him now."),
                urgent("No immediate risk to staff. The resident is being held in the flat by her ex-partner."),
                urgent("There is no immediate danger to other residents; however the young person is with him right now."),
                urgent("Last year he was stabbed, and now the same group is waiting outside for him."),
                urgent("Her ex-partner is armed with a hammer in the hallway."),
                urgent("Mum has turned up drunk and is punching the front door."),
                urgent("We don't know where she is and it is getting dark."),
                urgent("He is threatening to set fire to the flat."),
                urgent("The young person is not safe, he has a gun."),
                urgent("Information: Resident rang in tears, her ex is outside the flat now with a knife."),
                urgent("She is still with the men who took her phone."),
                urgent("She has just phoned staff saying she was raped and the man is still in the room."),
                // ordinary: negations, past events, general intelligence, guidance, footers
                ordinary("Not urgent. Sharing for awareness: an older male has been seen outside the property on several evenings."),
                ordinary("This is not urgent - the young person is settled and engaging."),
                ordinary("No immediate risk. The resident reports that a man offered her money for photos a few weeks ago."),
                ordinary("No immediate danger identified; staff are sharing this as intelligence only."),
                ordinary("The young person is not in immediate danger and is being supported by staff."),
                ordinary("He was involved in a fight last year in Bicester town centre."),
                ordinary("She was assaulted by her ex-partner in 2023 and he was convicted."),
                ordinary("He has previously carried a knife and threatened staff."),
                ordinary("Historic allegation: she says her uncle threatened to kill her when she was younger."),
                ordinary("Months ago she was trafficked to London and held in a flat for a week."),
                ordinary("Two years ago he was stabbed outside a nightclub."),
                ordinary("He threatened to stab a resident last month; police attended and he was arrested."),
                ordinary("She is at risk of exploitation and has been seen with older males in a black Audi."),
                ordinary("He is known to associate with people who carry weapons."),
                ordinary("A red Fiesta, partial registration OY21, is often parked outside in the evenings."),
                ordinary("Staff believe a flat on Wood Farm Road is being used to store stolen bikes."),
                ordinary("She is now settled with her aunt and attending college."),
                ordinary("Urgent: No"),
                ordinary("Is anyone in immediate danger? No"),
                ordinary("Is this urgent?\nNo"),
                ordinary("If anyone is in immediate danger, call 999."),
                ordinary("This form is not for crimes in progress or where someone is in immediate danger."),
                ordinary("Do not use this form where a response or attendance is time critical."),
                ordinary("CALL 999 NOW if anyone is in immediate danger or a crime is happening."),
                ordinary("This email and any attachments are confidential. If you have received it in error please notify the sender immediately."),
                ordinary("For urgent matters out of hours contact the Emergency Duty Team on 0800 833 408."),
                ordinary("She was moved to emergency accommodation in October and is doing well."),
                ordinary("On 14/11/2026 a neighbour reported that he had been shouting threats in the street."),
                ordinary("The police investigation is in progress and she has given a statement."),
                ordinary("She is about to turn 18 and is worried about moving on."),
                ordinary("She has just started college and is enjoying it."),
                ordinary("Non-urgent intelligence about cuckooing at a flat in Didcot."),
                ordinary("The young person is safe and well and has returned to the project."),
                ordinary("Previously, in 2024, she was missing for three days and believed to be with older males."),
                urgent("Is this urgent? Yes"),
                urgent("Time critical (Y/N)? Y"),
                ordinary("Is this information time critical? (If yes, do not submit this form, call 999)"),
                ordinary("Kind regards, Jo. Tel: 0800 999 4444"),
                ordinary("Call 101, or 999 in an emergency."),
                ordinary("Call 101 or 999 in an emergency."),
                ordinary("Safeguarding is everyone's responsibility. If you think a child is in immediate danger, contact "
                        + "the police on 999."),
                ordinary("If you are in crisis, call 999 or the Samaritans on 116 123."),
                // written after the rules above, as held-out checks (the last 30: recall 10/15, precision 15/15 before
                // their fixes); each miss found was then fixed
                urgent("Young person has rung to say her stepdad has locked her in the bedroom and taken her phone."),
                urgent("She's at his address now, 22 Foxwell Drive, and he's been giving her drugs."),
                urgent("He has a machete in his bag and says he is going to use it on the boy who robbed him."),
                urgent("The resident is being threatened with a baseball bat by a visitor in the kitchen."),
                urgent("She has been taken by three men in a silver BMW about ten minutes ago."),
                urgent("Intelligence: a 15 year old girl is currently at a party at 4 Manor Road with adult men giving her alcohol."),
                urgent("He says he will kill himself tonight if he has to go back."),
                urgent("Young person is missing, last seen getting into a car with an older male at 2pm today."),
                urgent("We have information that a shooting is planned outside the youth club this evening."),
                urgent("The young person's ex is at the door right now trying to get in."),
                urgent("She just messaged that she is scared and does not know the address she has been taken to."),
                urgent("He is being forced to hold drugs for a dealer who is staying in his flat at the moment."),
                urgent("There is a man in the building with a gun."),
                urgent("Resident has barricaded herself in her room because a man is trying to break the door down."),
                urgent("A young person is due to be picked up by the gang tonight and taken to Birmingham."),
                urgent("Her ex-partner has turned up at the property and is threatening staff."),
                urgent("They are going to meet him after college today at the bus station."),
                urgent("She is in immediate danger and needs help."),
                urgent("Staff are worried she is going to be trafficked tomorrow morning."),
                urgent("Two males have just stabbed a resident outside and are still nearby."),
                ordinary("No immediate concerns; this is shared for intelligence purposes only."),
                ordinary("In 2022 he was arrested for possession with intent to supply."),
                ordinary("She has previously been exploited by a county lines group but has had no contact with them since moving here."),
                ordinary("A few months ago staff found cannabis in his room."),
                ordinary("Her father has a history of violence and was imprisoned in 2019."),
                ordinary("Resident reported last week that her phone was stolen on the bus."),
                ordinary("There is no risk at this time; she is aware of the concerns."),
                ordinary("The young person is not at immediate risk but staff wanted to share the registration of a car that has been hanging around."),
                ordinary("Police are aware and there is no current risk to the young person."),
                ordinary("Historic information: he used to run drugs for a group in Reading."),
                ordinary("She disclosed that her uncle abused her when she was a child."),
                ordinary("Staff have noticed a pattern of older males visiting on Friday evenings."),
                ordinary("Unknown adults have been seen entering Flat 4 late at night over the past month."),
                ordinary("He says he was threatened by a group of boys in the park in the summer."),
                ordinary("The young person was reported missing in September and found safe the next day."),
                ordinary("Not in immediate danger. Sharing concerns about a possible cuckooing address."),
                ordinary("Information about a vehicle seen regularly: black Audi A3, partial reg KR19."),
                ordinary("Staff are concerned he may be involved in selling drugs at college."),
                ordinary("She says she was held down and assaulted by two boys last year, police are investigating."),
                ordinary("He has been seen carrying a large amount of cash and new clothes."),
                urgent("Please can someone call me back ASAP, she has gone off with the men again and we think they are taking her to London."),
                urgent("Resident disclosed that the man who raped her is sitting in the lounge."),
                urgent("Lad in flat 1 says people are outside waiting to jump him when he leaves."),
                urgent("He's been beaten up and is lying in the stairwell."),
                urgent("Young person has phoned from an unknown address saying she cannot leave and they have taken her shoes."),
                urgent("Mum has just snatched the baby and driven off."),
                urgent("Male with a knife seen in the garden of the property, staff have locked the doors."),
                urgent("She has told us she plans to kill herself this weekend."),
                urgent("Our resident is at a house party in Abingdon with men in their thirties who are giving her drugs, she is 16."),
                urgent("There is a strong smell of gas and the resident says he wants to blow the place up."),
                urgent("I have just been told by the resident that her brother is on his way with a gun."),
                urgent("Gang members are gathering outside the project and have threatened to come in."),
                urgent("A resident is holding a knife to his own throat in the bathroom."),
                urgent("Young person is not answering and we can hear shouting and things being smashed in her flat."),
                urgent("He says the men told him he has to deliver a package tonight or they will hurt his mum."),
                urgent("Staff just found him collapsed and he is barely breathing."),
                urgent("The girl in Flat 3 is being pimped out of the flat tonight according to a neighbour."),
                urgent("We have been told a revenge attack is planned for this afternoon."),
                urgent("She is terrified, he is in the house with her and has taken her phone."),
                urgent("Situation ongoing - young man threatening residents with a bottle."),
                ordinary("Not urgent: sharing information about older males in a grey van outside Cherwell School at home time."),
                ordinary("The resident told staff that she was raped in 2021; she does not want to report it."),
                ordinary("Two weeks ago a resident was robbed of his phone at knifepoint; he reported it to police."),
                ordinary("She used to be sexually exploited by a gang in Reading."),
                ordinary("He has a history of self-harm and previous suicide attempts."),
                ordinary("No emergency - just passing on a car registration that has been hanging around."),
                ordinary("Staff are sharing intelligence that a flat in Wood Farm is being used by a county lines group."),
                ordinary("A young person told staff that a known dealer lives at 12 Foxwell Drive."),
                ordinary("There are no immediate safeguarding concerns but we want police to be aware of this address."),
                ordinary("She reports that her ex-partner sent threatening messages in October; he has since been bailed with conditions."),
                ordinary("Background: in 2020 he was the victim of a serious assault and still has nightmares."),
                ordinary("The young person has been working with the exploitation team for 6 months."),
                ordinary("Staff noticed new trainers and a second phone; he could not explain where they came from."),
                ordinary("She said a man at the gym has been messaging her and asking for photos."),
                ordinary("Information shared with consent of the young person."),
                ordinary("He was threatened with a knife previously by the same group."),
                ordinary("Sharing for awareness: no risk to the young person right now."),
                ordinary("The young person is a suspect in a burglary last month and has been interviewed."),
                ordinary("Last year she was in a fight with another resident and was cautioned."),
                ordinary("Urgency: Low"),
                urgent("Staff have received a call that the young person is being driven to Luton right now by two men."),
                urgent("He has texted his key worker saying \"they've got me, help\"."),
                urgent("The 17 year old has disclosed that an adult male is coming to collect her from the project at 9pm."),
                urgent("A resident is refusing to let another resident leave her room and has a screwdriver."),
                urgent("She rang 20 minutes ago crying, saying she had been assaulted and the man is still there."),
                urgent("There is a fire in Flat 2 and the resident will not come out."),
                urgent("We suspect she is being sold for sex at a hotel near the ring road this evening."),
                urgent("Young person has self-harmed and is losing a lot of blood."),
                urgent("His dealer is parked outside in a white Golf waiting for him with a bat."),
                urgent("We've just had a call from a neighbour - a woman is screaming in flat 9."),
                urgent("Right now he is threatening to stab anyone who comes near."),
                urgent("The resident's partner has strangled her and she is struggling to breathe."),
                urgent("She has been groomed and is meeting the man at McDonald's in an hour."),
                urgent("Young person is in a flat with a man who has a gun, she messaged us from the toilet."),
                urgent("Staff are being threatened at the door by a man with a knife."),
                ordinary("Information only. Last summer he was involved in a stabbing in Oxford as a witness."),
                ordinary("She has disclosed historic abuse by her stepfather between 2015 and 2018."),
                ordinary("No current risk; he moved out of the area two months ago."),
                ordinary("He was seen with a knife at college in March 2025 and was excluded."),
                ordinary("A young person says her older sister was trafficked years ago."),
                ordinary("The car, a blue Corsa, has been seen outside the project on 3 occasions in November."),
                ordinary("Staff believe the young person may be selling cannabis to other residents."),
                ordinary("Concern that an adult male is giving lifts to young people from the project."),
                ordinary("He was previously a victim of cuckooing at his last flat."),
                ordinary("She is not at risk at present and has agreed a safety plan with staff."),
                ordinary("Sharing to help with the police investigation into the assault in August."),
                ordinary("Not time critical: details of a possible trap house for the local team."),
                ordinary("Young person has been reported missing 4 times this year, each time returning the same day."),
                ordinary("In the past he has threatened to kill his father but there have been no threats for over a year."),
                ordinary("She talks about wanting to hurt the girl who bullied her at school but has no plan and no contact."),
                // a second held-out round: recall 10/15 and precision 10/11 before its fixes
                urgent("Details of information: resident has told us her ex-boyfriend has just been released and is waiting for her outside college now."),
                urgent("The young person is with a known county lines dealer at this moment in a flat on Barton estate."),
                urgent("Information: She has messaged to say a man is following her home and she is scared."),
                urgent("He is on his way to the project with a knife to find the lad who owes him."),
                urgent("A young person is due to be moved on by the group at 6pm tonight."),
                urgent("The man she is being exploited by has just picked her up in a black Mercedes."),
                urgent("Right now two males are trying to kick in the door of Flat 5."),
                urgent("He has poured petrol in the hallway."),
                urgent("Nobody knows where she is and her phone is off; she is 16 and was last seen with an adult male this morning."),
                urgent("The resident has been locked in a room by her partner and has texted us for help."),
                urgent("There's a lad outside waving a machete at passers-by."),
                urgent("Her stepfather is at the house and says he will hurt her if she does not come home tonight."),
                urgent("She said they will make her sleep with men for money this weekend."),
                urgent("Two young people are fighting in the car park with knives."),
                urgent("The young person has swallowed a bottle of pills and is drowsy."),
                ordinary("No immediate danger. He has been seen by staff with new expensive clothes and several phones."),
                ordinary("Not urgent, for the intelligence team: a grey Transit is regularly parked outside the property at night."),
                ordinary("In 2024 she was found at a trap house in Reading; she has had no contact with the group since."),
                ordinary("Staff are sharing an address where young people are believed to be supplied with cannabis."),
                ordinary("He told staff that last year he carried a knife for protection but he has stopped."),
                ordinary("She reported historic sexual abuse by a family friend; police are already aware."),
                ordinary("There were concerns about grooming three months ago; the older male has since moved away."),
                ordinary("Previously threatened to harm staff during an argument in 2025."),
                ordinary("No immediate safeguarding concerns; intelligence only about suspected drug dealing at the shop."),
                ordinary("The young person has been arrested twice this year for possession of cannabis."),
                ordinary("A neighbour says young people are often seen entering the flat late at night."),
                ordinary("The young person's father was convicted of assault in 2019 and is now on licence."),
                ordinary("She mentioned that a boy at college made threats to her online last month; it has been resolved."),
                ordinary("Staff were told that the young person may be holding drugs for others, but nothing has been found."),
                ordinary("Submitted for information; he is not in any danger and is engaging well."),
                // a third held-out round: recall 11/15 and precision 11/12 before its fixes
                urgent("Young person has called from a stranger's car saying she doesn't know where they are taking her."),
                urgent("Resident says her pimp is downstairs and will beat her if she does not go with him."),
                urgent("Caller says a boy from the project is lying on the ground outside the shop and not moving."),
                urgent("He has a hostage situation going on in his flat, staff can hear a woman begging."),
                urgent("We have just had a disclosure that she is going to be taken to a party tonight where men will pay for sex."),
                urgent("Our resident's flat has been taken over by dealers who are there now and won't let him in."),
                urgent("She is hiding in the toilets at the station because the men are looking for her."),
                urgent("Her baby's father has kicked the door in and is inside with her."),
                urgent("Young person texted: help me he has a knife."),
                urgent("The resident is threatening to jump from his balcony."),
                urgent("I am writing because the young person is being kept at an address in Kidlington against her will."),
                urgent("Information: a lad in Flat 2 has been shot with an air rifle and is bleeding from his head."),
                urgent("The group told him to come to the park at 10 tonight with the money or else."),
                urgent("Staff can smell smoke coming from room 4 and the resident is not answering."),
                urgent("She's at the train station with an older man who bought her a ticket to Birmingham."),
                ordinary("Sharing information: an adult male has been offering lifts to residents; they have declined."),
                ordinary("Young person attended A&E in October after a fight; no ongoing concerns."),
                ordinary("He has disclosed that his older brother runs drugs; he says he is not involved."),
                ordinary("Not an emergency. She has seen a man taking photographs of the building."),
                ordinary("The young person previously lived at a cuckooed address in Banbury."),
                ordinary("Two years ago he was the victim of a knife attack."),
                ordinary("She told staff about a historic rape in 2022 that she has already reported."),
                ordinary("A resident has a conviction for robbery in 2023 and has complied with his licence."),
                ordinary("We were told at the weekend that a known dealer had moved into the street; no contact with residents so far."),
                ordinary("Staff wish to share concerns about possible financial exploitation by a relative."),
                ordinary("He was found with cannabis last week and told staff he bought it from a boy at college."),
                ordinary("The young person is on bail for an assault last month and has a curfew."),
                ordinary("Young person is not currently missing and is settled in her flat."),
                ordinary("There has been graffiti with gang tags near the project since the summer."),
                ordinary("No danger at present. The purpose of this form is to record information about a vehicle."),
                // a fourth held-out round, after the safety net: recall 15/15 and precision 15/18 before its fixes
                urgent("Info for police: Jade (15) has told her friend she is being picked up from Bicester Village tonight by a man called Deano."),
                urgent("The resident is currently being assaulted by her partner, we can hear it through the wall."),
                urgent("Young man in Flat 7 has locked himself in with a kitchen knife and is saying he wants to die."),
                urgent("He was last seen an hour ago getting into a taxi with two older men and is not answering."),
                urgent("Urgent - the girl is with the men now at the Travelodge and they have taken her phone."),
                urgent("She is in danger - the man she owes money to knows where she lives and is coming round tonight."),
                urgent("There are several males with weapons gathering outside the block."),
                urgent("The young person is being threatened by text and the sender says he is outside now."),
                urgent("Staff have just seen a resident being bundled into a car by three men."),
                urgent("Our resident has been stabbed and is still in the flat with the attacker."),
                urgent("A young person has rung crying saying she has been raped and is still at the man's flat."),
                urgent("He has just threatened to shoot staff and left the building heading into town."),
                urgent("Young person has disclosed that her dad is coming to take her back to Romania tomorrow morning."),
                urgent("The boy is sitting in the stairwell bleeding heavily and won't let us help."),
                urgent("There is an ongoing assault in the car park."),
                ordinary("Please do not use this form to report crimes in progress or where there is an immediate risk of harm. In such circumstances call 999."),
                ordinary("Information: the young person disclosed that an older male at the gym has been asking for her address. She has not given it."),
                ordinary("We are not aware of any immediate risk but wanted to share the registration BX12 ABC."),
                ordinary("No urgency. Sharing concerns that Flat 3 is being used for drug dealing."),
                ordinary("Resident disclosed she was assaulted by a previous partner in 2021 in Leeds."),
                ordinary("He has been seen in the company of known gang members on three occasions in November."),
                ordinary("The young person has been the victim of bullying at college; this is being dealt with by the college."),
                ordinary("She was missing overnight on 2 November and returned the next morning; she would not say where she had been."),
                ordinary("Concerns were raised last year about a relative; no contact since the non-molestation order."),
                ordinary("Staff noticed bruising on her arm last week; she said she fell."),
                ordinary("There is a lot of drug-related litter in the communal garden."),
                ordinary("Sharing for information: he said a friend of his carries a knife."),
                ordinary("She said that in the past her mother's partner was violent towards her."),
                ordinary("Time critical: No"),
                ordinary("Non-urgent information regarding possible cuckooing of a vulnerable adult's flat near the project."),
                // a fifth held-out round, whole submissions as staff write them: recall 5/5, precision 5/6 before its fix
                ordinary("On Tuesday evening staff noticed a white BMW parked opposite the property for about two hours. The driver, a male in his 20s, appeared to be watching the entrance. The car left when staff approached. No residents reported any contact."),
                ordinary("The young person told her key worker that a man she met on Instagram has been sending her gifts and asking to meet. She has not met him. Staff have spoken to her about online safety and she agreed to block him."),
                ordinary("We have been informed by a resident that drugs are being sold from Flat 12, Elm Court. Several young people have been seen going in and out for short visits. We have no further details."),
                ordinary("Young person reports that his cousin, who is involved with a gang in Reading, has been asking him to hold a bag for him. He has refused. He says he feels safe at the project."),
                ordinary("Staff found a large amount of cash in the resident's room during a welfare check. He says it is from his job, but he is not known to be working."),
                ordinary("A resident disclosed that she was sexually assaulted by a man at a party in the summer. She does not want to make a report but agreed to information being shared."),
                ordinary("Resident was threatened by another young person at college last Thursday. The college is dealing with it and both have been spoken to."),
                ordinary("There are concerns that an adult male is exploiting the young person financially. He has been seen withdrawing money with her at the cashpoint."),
                ordinary("Her ex-partner has made threats on social media to \"sort her out\". These were posted three weeks ago; she has blocked him and reported it to police under reference 43250011111."),
                ordinary("We believe the young person may be at risk of criminal exploitation as he has new clothes, a new phone and is often out late. He denies any involvement."),
                ordinary("The young person said he was beaten up by a group of lads in Banbury in September and had his phone taken. He did not report it."),
                ordinary("A member of the public told staff that young people from the project are being offered vapes and alcohol by an older male at the skate park."),
                ordinary("Not urgent - for police awareness only. Car registration KX19 ABC seen dropping off a resident late at night on several occasions."),
                ordinary("Young person is worried that her father, who was violent to her mother, has found out where she lives. There has been no contact and he lives in Scotland."),
                ordinary("The young person has been associating with a 25-year-old male who has convictions for supplying drugs."),
                urgent("Update: the same car is outside again right now and the man is trying to get her to come out."),
                urgent("She has just run out of the building crying and got into the car with the man from Instagram."),
                urgent("The lad who threatened him is back and is standing at the front door with two others, one has a bat."),
                urgent("We have had a message from the resident saying \"come quick he is hitting me\"."),
                urgent("Resident has gone to meet the older male at the cashpoint and has told a friend he will hurt her if she doesn't bring more money."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasings")
    void eachPhrasingIsScreenedAsExpected(Phrasing p) {
        assertThat(Screening.screen(p.text(), TODAY).urgent()).as(p.text() + " " + Screening.screen(p.text(), TODAY)
                .signs()).isEqualTo(p.urgent());
    }

    @Test
    void everyUrgentPhrasingIsCaughtAndPrecisionIsReported() {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> missed = new ArrayList<>();
        List<String> heldBack = new ArrayList<>();
        for (Phrasing p : phrasings()) {
            boolean flagged = Screening.screen(p.text(), TODAY).urgent();
            if (p.urgent() && flagged) {
                tp++;
            } else if (p.urgent()) {
                fn++;
                missed.add(p.text());
            } else if (flagged) {
                fp++;
                heldBack.add(p.text());
            } else {
                tn++;
            }
        }
        System.out.printf("screening phrasings: %d, urgent %d, ordinary %d; recall %.3f, precision %.3f; missed %s; "
                + "ordinary held back %s%n", tp + fp + fn + tn, tp + fn, fp + tn, tp / (double) (tp + fn),
                tp / (double) (tp + fp), missed, heldBack);
        assertThat(tp + fp + fn + tn).isGreaterThanOrEqualTo(40);
        assertThat(missed).as("urgent phrasings let through").isEmpty();
    }

    /** Guards against patterns that scan back and forth over a long sentence (an unbounded one took minutes). */
    @Test
    void aLongTextWithoutPunctuationIsScreenedInLinearTime() {
        String words = "staff saw an older male near the flat and he spoke to residents ".repeat(1_500);
        long start = System.nanoTime();
        assertThat(Screening.screen(words + "\nshe is with him now", TODAY).urgent()).isTrue();
        assertThat(Screening.screen(words.replace(" and ", "\n"), TODAY).urgent()).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for 2 x 100 KB").isLessThan(10_000);
    }

    @Nested
    class Rules {
        @Test
        void notUrgentIsNotAnEmergency() {
            assertThat(Screening.screen("Not urgent. Sharing as intelligence about a car seen outside the flat.", TODAY)
                    .urgent()).isFalse();
        }

        @Test
        void noImmediateRiskIsNotAnEmergency() {
            assertThat(Screening.screen("No immediate risk. She has been seen with older males.", TODAY).urgent())
                    .isFalse();
        }

        @Test
        void aFightLastYearIsNotAnEmergency() {
            assertThat(Screening.screen("He was attacked in a fight last year and threatened to stab the lad who did it.",
                    TODAY).urgent()).isFalse();
        }

        @Test
        void anEventIn2023IsNotAnEmergency() {
            assertThat(Screening.screen("In 2023 she was held in a flat in London and threatened with a knife.", TODAY)
                    .urgent()).isFalse();
        }

        @Test
        void aNegationInOneSentenceDoesNotCancelDangerInAnother() {
            assertThat(Screening.screen("Not urgent. She is with him now and he has a knife.", TODAY).urgent()).isTrue();
            assertThat(Screening.screen("There is no immediate risk to staff. The resident is being held upstairs.",
                    TODAY).urgent()).isTrue();
        }

        @Test
        void aNegationDoesNotCancelOtherDangerInItsOwnSentence() {
            assertThat(Screening.screen("No immediate risk to staff, but the young person is at risk right now.", TODAY)
                    .urgent()).isTrue();
        }

        @Test
        void aPastEventDoesNotHideDangerNow() {
            assertThat(Screening.screen("Last year he was stabbed and now the same group is outside waiting for him.",
                    TODAY).urgent()).isTrue();
        }

        @Test
        void theFormsOwnGuidanceIsNotAnEmergency() {
            assertThat(Screening.screen("Partnership Agency Intelligence Sharing Submission\nThis form is not for crimes "
                    + "in progress. If anyone is in immediate danger call 999.\nInformation: a van is often parked "
                    + "outside.", TODAY).urgent()).isFalse();
        }
    }
}
