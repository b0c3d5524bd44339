package org.sourcelens.article.sourcemap;

/**
 * The raw text of the two seed articles, exactly as in the shared seed files, so that the seed tests
 * do not depend on files outside the project.
 */
final class SeedArticleTexts {

    /** 000: a think-tank bulletin with inline references and numbered notes. */
    static final String THINK_TANK_BULLETIN = """
        Placeholder canvas

        MEK in Albania—Potential Implications and Security Concerns for Albania

        Publication: Terrorism Monitor Volume: 16 Issue: 19

        (source: mintpressnews.com)

        Following the U.S. invasion of Iraq, the Mujahedeen El-Khalq (MEK) was the subject of frequent attacks from Iranian-backed proxies, which overwhelmed their members residing in camps Ashraf and Liberty in Iraq. Before this, MEK, an Iranian dissident group, began living in Iraq in the early 1980s under the protection of Saddam Hussein. As a group in exile, MEK sought refuge in Iraq under the protection of Hussein, who utilized their military capacities and ties to Iran to undermine the Iranian regime. Until 2012, the MEK was identified as a terrorist organization due to its activities inside Iran and against other regional and international powers, including attacks against U.S. diplomatic personnel and businesses operating in Iran in the 1970s. [1]

        Following a series of lobbying efforts by MEK leadership and supporters, the group pledged to give up their weapons and violent tactics as a means to be delisted as a designated terrorist organization. [2] As a consequence, in 2013, the U.S. government pleaded to a number of governments to provide refuge to the MEK members, including Romania, which was the preferred destination at the time.  Albania—grateful to the United States for its support during the war in Kosovo and advocating for its bid to join NATO and the EU—was the only country that responded positively to the request. Albania initially admitted some 200 members between 2013 and 2014. The United States and Albanian governments have extended the agreement since 2013, increasing the number of asylum seekers to somewhere in the range of 500-2,000 MEK members. During the summer of 2016, Tirana received the largest contingent of about 1,900 people, an operation managed by the UNHCR (Shekulli, March 12, 2016). Part of the agreement with Washington was the development of deradicalization and rehabilitation programs to be offered to members of the group.

        Now, the group is residing in the outskirts of Tirana’s capital in a highly fortified camp located in Manëz. From this camp, the group is allegedly intensifying its political activities aimed at bringing down the Iranian regime (Exit.al, March 14). With emerging threats coming from radicalization and violent extremism, due to the rise of the Islamic State and other political Islamist groups in the region, the Albanian government may not be prepared or equipped to respond to the potential implications the group’s presence in Albania may bring.

        MEK Activities and Support in Albania

        There are a number of opportunities MEK is exploiting in order to restart its political activities against the Iranian regime now that they are residing in Albania. Recent propaganda efforts by the group’s leader, Maryam Rajavi, the widow of the founder of MEK, Massoud Rajavi, suggest that she sees herself as a key actor in fostering the opposition in Iran and subsequently bringing down the Khomeini regime (Exit.al, March 14). Much of the group’s propaganda material available online is translated in Albanian and seeks to also reach out to a local audience in their host country (Iran-interlink.org).

        Moreover, the group has gathered significant support from important U.S. leaders who do not shy away from expressing their support for MEK’s potential rise as Iran’s future “democratic government” (Exit.al, June 26). This sentiment is frequently expressed on a number of occasions when important figures of the U.S. political landscape have personally visited Albania and spoken at rallies organized by MEK in Tirana (KlanTV, March 21). The most recent gatherings saw figures such as John Bolton (now U.S. National Security Advisor), Rudy Giuliani, one of President Trump’s most trusted advisors and personal lawyer, and late U.S. Senator John McCain, among others. The three seemingly demonstrated their support for MEK to be at the center of regime change in Iran (Exit.al, June 26).

        The reasons why the Trump administration is supporting the group’s political objectives are unclear. It is also unclear the level of support MEK still has among the population in Iran, but it is becoming increasingly obvious that MEK is also making some powerful friends in Tirana as well. Over the years, key leaders from the Albanian government and civil society organizations have similarly provided their support during rallies and conferences organized by MEK in Paris as well as in Albania, where its new headquarters are located. In May 2015, Albania’s former Prime Minister during the war in Kosovo and current Minister of Diaspora, Pandeli Majko attended the National Council of Resistance of Iran rally in Paris with a large delegation of parliament representatives, journalists, lawyers and some civil society representatives, reiterating Albania’s support for Iran’s resistance and promising his personal support for regime change. [3]

        In an impassioned speech over a cheering crowd, Majko said  “whether you want it or not, you have involved us in your story, in your drama, in your tragedies and we understand you very well…some years ago, an American President was in Berlin and from Berlin, this politician, this great man declared ‘Ich bin a Berliner’. And in the name of my friends and in Albania, I’ve come here to say ‘Men mujahed astam’. I have a dream to come soon to Tehran. Invited by you.” [4] At the time, Majko’s attendance in the Paris rally was not covered by local media.

        Despite the group’s increasing political support, recent media reports and several incidents between MEK members and local communities in Albania expose their continuing secretive activities and ongoing struggles to receive legitimacy as a democratic organization. Over the years, several media agencies have been interested in documenting the lives of MEK members in Albania and their political struggles in Iran. Channel 4, a well-known British news agency, recently traveled to Albania to do the same. The film crew was met by hostile private security who were guarding the highly fortified Manëz camp. Camp members physically attacked Channel 4’s camera crew (Shqiptarja.com, August 19). This was an unprecedented event that raised several questions over the camp’s activities (Lapsi.al, August 19). The event was widely reported by local media, which was also able to obtain a threat assessment on the group by Albania’s Intelligence Agency. According to the report initially made available to Channel 4 and then to other Iranian and local media, the group remains “deeply indoctrinated” and some of their activities, including murders of their members, are similar to the ones in Iraq (The Iranian, August 2018).

        Testimonies from dissidents who left the group in recent months speak of similar military trainings, indoctrination and pressure to follow the group’s ideology (Top Channel, February 13). Although in the early years some of their members who relocated to Albania sought opportunities to travel abroad and join family members in the West, some 200 members have fled the group and continue to live in Albania (Top Channel, February 13).  There is no clarity of their legal status or the employment opportunities available in a country suffering from high unemployment rates. However, some advocacy initiatives—often seemingly pro-Russian and pro-Iranian—are already fostering opposition against the group. Some of this opposition is often portrayed by the MEK leadership as an operation conducted by Iran’s security agencies (Lapsi.al, August 19; Media e Lire, April 17; Nejat NGO, September 29) Moreover, integrating the rest of the members still in Manëz into Albania’s society  does not seem to be in the immediate interest for the MEK.

        Implications

        The MEK’s presence and activities may have serious repercussions for Albania and Albanian policy-makers. Leaders in Tirana may not foresee the long-term consequences of expanding their role on foreign policy issues beyond the small Balkan nation’s traditional reach. The group remains an existential threat to the Iranian regime. Over the years, Tehran has supported significant raids via Hezbollah and other proxy organizations in Iraq to destroy the group and kill key MEK leaders. As a result, Albanian authorities should expect more involvement from Iran in its internal and regional affairs. At the moment, there are no clear signs that Iran’s presence is significant in the region. Authorities in both Kosovo and Macedonia, however, have raised alarm bells over Iranian-linked NGOs having ties to terrorism-related activities in the past (Balkan Insight, June 25, 2015). If no effective responses are undertaken, MEK’s presence and Iran’s attention towards the Western Balkans may inflame sectarian divides in smaller communities and amplify regional rifts. Sectarian division is a latent phenomenon among Albanian Muslims, but they also remain under the pressure of other forms of Islamist radicalization. This is due to the emergence of Islamic State and Turkey’s instrumentalization of political Islam, among others.

        Albania continues to struggle with endemic corruption and organized crime and the emergence of religious radicalization as a regional security threat and potential sectarian rifts may add to the list of challenges facing Albania’s political landscape.   As a result, the country may not be prepared to inherit a long-standing struggle between a major regional Middle Eastern power and a former terrorist organization. Especially since both may utilize Albania’s internal vulnerabilities for their own political gains.

        Notes

          1. See U.S. State Department Press Release (US State Department, September 28, 2012).
          2. Pandeli Majko’s speech in Paris, May 10, 2015:

        https://www.youtube.com/watch?v=kIR97EP_phE

          1. Ibid.""";

    /** 004: a feature by a state-owned broadcaster. */
    static final String BROADCASTER_FEATURE = """
        Albania becomes a frontline in the proxy battle between Iran and the US

        By hosting the People’s Mujahedin of Iran (MEK) on behalf of the US, despite the group being labelled a terrorist organisation by Iran, Albania has drawn the ire of Supreme leader Ali Khamenei.

        Maryam Rajavi (L) and Rudy Giuliani (R), attend celebration of Nowruz, the Iranian New Year, on March 20, 2018, there was a gathering of Iranians militants and supporters in Tirana, Albania.
        Getty Images

        Maryam Rajavi (L) and Rudy Giuliani (R), attend celebration of Nowruz, the Iranian New Year, on March 20, 2018, there was a gathering of Iranians militants and supporters in Tirana, Albania.

        The acting Albanian foreign minister Gent Cakaj announced on his Facebook account that an additional two Iranian diplomats would be expelled from Albania. This follows a decision in 2018 which expelled the Iranian ambassador and has made Albania a frontline in a clash between the United States and Iran.

        The decision to expel the Iranian diplomats seems likely a result of the comments made by Iran’s powerful Supreme Leader Ali Khamenei in the aftermath of Qasem Soleimani’s assassination at the hands of the US in which he said: “In a very small European country but an evil country in Europe, there are American elements with some Iranian traitors, they got together to conspire against the Islamic Republic.”

        In 2014, under US pressure, Albania took in more than 4,000 members of the People's Mujahedin of Iran (MEK) a secretive group formerly based Iraq.

        “Albania is hosting one of the most dangerous terrorist organisations on behalf of the United States,” says Dr Olsi Jazexhi, an Albanian academic and expert who has been tracking MEK activities in Albania.

        “The Americans imposed them [MEK] on Albania and since Albania is a very fragile state they had to accept. The same thing was done by Prime Minister Edi Rama who is still hosting MEK in Albania,” Jazexhi tells TRT World.

        Considered a terrorist group by Iran, the MEK was also listed as a terrorist organisation by the US State Department until 2012.

        The Obama administration re-designated the group and formalised a relationship that the US had been cultivating covertly, protecting the group in Iraq at a US military base, then under American occupation.

        “The reason for the MEK being brought to Albania is the general ignorance of Albanian politicians who do not understand the danger of international terrorism and the implications that this terrorism has on nation-states” added Jazexhi.

        The MEK is a militant political organisation that subscribes to an unusual mixture of Marxist and Islamic ideology.

        It has been accused of killing of American military personnel, bombing American companies and targeting innocent Iranian civilians during a campaign of terror over several decades.

        A report by the US media outlet NBC News suggested that the group is being financed by Israeli intelligence and was also behind a string of assassinations targeting Iran’s nuclear scientists between 2007 and 2015.

        "The MEK is deeply despised in Iran, they fought for Saddam Hussein against Iran for eight years. Then they spied for the Americans and the Israelis, they are mercenaries and a cult group,” said Seyed Mohammad Marandi, Professor of English Literature and Orientalism at the University of Tehran.

        Former members of the MEK have spoken out about the oppressive cult-like rules enforced in the organisation, including marriages that have to be arranged by the leadership. There have been reports that the organisation has at times asked its followers to divorce en masse and locked up and even killed members who have criticised the dogma of Maryam Rajavi, the current head of the MEK.

        “No one in Iran has any sympathy or respect for them [MEK], they are traitors to the country. They are tools of Western powers. Thousands of them are working as an online army in Albania,” said Marandi speaking to TRT World.

        Earlier this year The Intercept, an online investigative publication reported on how the MEK had created a fake online persona called Heshmat Alavi in order to spread propaganda against the Iranian government, including advocating for regime change.

        The so-called writer Alavi was managed in part from Albania and had fooled many American publications who had published the fake persona’s writing.

        “Using different aliases on the internet, on Facebook as well as Twitter” they have managed to create a digital army, says Marandi, adding: “These social platforms do not block their activities because it is done in coordination with the US government and also they carry out spying activities in Iran.”

        The US assassination of Iranian general Soleimani and the subsequent retaliation by Tehran in a series of rocket attacks on US bases underscores the dangerous manoeuvrings between the two powers and the potential to suck in other countries, including the small Balkan state of Albania.

        “Albania has become the most dangerous country in the world for Iran after the United States and Israel,” says Jazexhi.

        “While the United States and Israel are in open conflict with Iran, Albania by hosting MEK has become a major centre of anti-Iranian propaganda in the world.

        The MEK doesn’t lack powerful friends in Washington and in particular enjoys close ties with the hawkish Trump administration. In 2017 the group paid National Security Adviser John Bolton and Trump’s personal lawyer Rudi Giuliani for speaking engagements.

        With powerful friends like this, Albanian politicians don’t “dare to do anything” says Jazexhi even though “the majority of Albanians are appalled by what the government is doing.”

        The MEK could also be acting against the Albanian penal code says Jazexhi.

        “The Albanian penal code states very clearly that if a person or a group of people incites to fight against a foreign country or incites people or asks people to participate in a conflict in a foreign country they could be persecuted for this,” adds Jazexhi.

        MEK actions in an impoverished country like Albania, which is still struggling to emerge from a communist dictatorship, doesn’t bode well for its long term stability or rule of law. Iraq has become a battleground of influence between the US and Iran, a faraway conflict for many Albanians.

        "When you host terrorists and you aid terrorists than you should be afraid of suffering the consequences. These are not normal people,” says Marandi. “The Albanian government is foolish to cooperate in such a way with the Americans.”

        Albanian President Ilir Meta shot back at comments made by Khamenei saying: “Albania is not a devilish country, but a democratic one.” However, Meta made no mention of the lack of democratic structures within the MEK and the human rights violations it has been accused of.

        “MEK with its paramilitary camps that they have in Manza, Albania has created a state within a state,” says Jazexhi and as tensions between Iran and the US continue to heat up the role that the MEK is playing in Albania could also make it another theatre of conflict.

        Route 6""";

    private SeedArticleTexts() {
    }
}
