package org.quotegraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Twenty short news articles written for the tests (invented people, places and events, in the
 * style of wire copy): direct quotes before and after their speakers, colons, pronouns,
 * multi-paragraph quotes, reported speech, "according to", organisations speaking, scare quotes.
 */
public final class InventedArticles {

  private static final String[] TEXTS = {
      """
      Harbour council approves new ferry route

      The Lenmouth harbour council voted on Tuesday to open a ferry route to the island of Carra.

      "This will cut the journey for islanders from four hours to forty minutes," said Agnes Polwarth, who chairs the council's transport committee.

      Opponents said the cost had been underestimated. "Nobody has shown us where the money comes from," councillor Derek Tamblyn said.
      """,
      """
      Striking nurses return to wards

      Nurses at Fenwick General Hospital ended a three-day strike on Friday after managers offered a new rota.

      Union organiser Maria Castellanos told reporters: "We have been listened to, at last."

      She added that members would vote on the offer next week.
      """,
      """
      Flood defences "not ready", says engineer

      The flood wall protecting the lower town of Ashby Marsh will not be finished before winter, the project's chief engineer has warned.

      "We lost six weeks to the rain in spring and another three to a supplier that went bust," said Tomasz Wierzbicki. "I cannot promise the wall will hold if we get a storm like last year's."

      The Environment Office said it was confident the work would be completed on time.
      """,
      """
      Local baker wins national prize

      A baker from the village of Upper Stenton has won the National Loaf Award for a rye bread made with beer from the local brewery.

      "My grandmother would have laughed at me," Ruth Okonjo said. "She thought rye was for horses."

      The judges described the loaf as "a proper piece of work".
      """,
      """
      Minister defends school meals plan

      Education Minister Paul Renwick defended his plan for free school meals on Monday, as critics questioned the cost.

      "Every child who sits down hungry is a child who cannot learn," Renwick said.

      "We will find the money. We always find the money for the things we care about."

      The opposition's spokeswoman, Clare Huddleston, said the plan had not been costed. According to Huddleston, the scheme would need at least 40 million a year.
      """,
      """
      Bridge closure angers commuters

      Commuters in Wexbridge faced hour-long queues on Wednesday after the town's only road bridge was closed for repairs.

      "I left home at seven and got to work at ten," said Simon Adeyemi, a nurse. "Nobody told us this was happening."

      The county highways department admitted that warning signs had gone up late.
      """,
      """
      Tech firm to hire 300 in Dunmore

      Software company Brightlane will open an office in Dunmore next spring, creating 300 jobs.

      Chief executive Hannah Varga said the town had been chosen for its university. "The graduates here are as good as anywhere in Europe," she said.

      Mayor Colin Threlfall called it "the best news this town has had in a decade".
      """,
      """
      Zoo welcomes rare twin cubs

      Two snow leopard cubs have been born at Kelsall Zoo, the first twins of the species in the country for twenty years.

      "The mother is doing brilliantly, and both cubs are feeding well," head keeper Ian Mbeki said.

      He said the public would be able to see the cubs in the spring.
      """,
      """
      Court hears of missing funds

      A former treasurer of the Dalby Rowing Club took more than 80,000 from its accounts over six years, a court heard on Thursday.

      Prosecutor Joanne Fairweather told the jury: "This was not a moment of madness. It was a plan, carried out month after month."

      Lawyers for Graham Pyke, 58, said he denied the charges.
      """,
      """
      Festival cancelled after storm

      Organisers of the Harrowfield music festival have cancelled this weekend's event after a storm flattened the main stage.

      "We are heartbroken," said festival director Nadia Osei. "But we will not put anyone at risk."

      "Every ticket will be refunded in full," she added.
      """,
      """
      Rail fares to rise by 4%

      Rail fares will rise by 4% in January, the transport regulator announced on Tuesday.

      Passenger group Fair Fares said the rise was "a kick in the teeth for people who have no other way to get to work".

      "Fares have gone up faster than wages for ten years," said its chairman, Victor Lindqvist.
      """,
      """
      Village shop saved by residents

      Residents of Milbourne have bought their village shop after its owner retired.

      "We could not let it close," said Patricia Dunmore, who led the campaign. "For many older people here it is the only place they see anyone all day."

      More than 200 people bought shares in the new community company.
      """,
      """
      Hospital waiting times fall

      Waiting times at Carrick Infirmary have fallen for the third month in a row, figures show.

      The infirmary's chief executive, Dr Rohan Mehta, said extra weekend clinics had made the difference.

      "We are not where we want to be yet, but we are going in the right direction," he said.
      """,
      """
      Police appeal after break-in

      Police in Stourford are appealing for witnesses after a break-in at a jeweller's shop on Saturday night.

      Detective Sergeant Lucy Bramwell said: "Someone will have seen a van parked outside at that hour. We need them to come forward."

      The shop's owner, Malik Hussain, said the thieves had taken watches worth thousands.
      """,
      """
      Airport expansion approved

      Plans to extend the runway at Northgate Airport were approved by the regional planning board on Friday.

      "This is about connecting our region to the world," said board chairman Frederick Amsel.

      Campaigners vowed to fight on. "The board has ignored thousands of objections," said Elena Sorokina of the Quiet Skies group. "We will see them in court."
      """,
      """
      Library to open on Sundays

      Torbury's central library will open on Sundays from next month, the town council said.

      "Families told us Sunday was the only day they could come together," said librarian Owen Pritchard.

      Councillor Beatrice Lamb said the change would cost little, because volunteers would staff the desk.
      """,
      """
      Fishermen protest quota cuts

      About a hundred fishermen sailed into Port Ellery on Monday to protest against cuts to cod quotas.

      "They are taking away the only living this town has ever known," said skipper Angus Macrae.

      "My father fished these waters, and his father before him.

      "Now they tell us to stay in the harbour."

      The fisheries ministry said the cuts were needed to let stocks recover.
      """,
      """
      Museum returns carved mask

      The Halden Museum has returned a carved mask to the community it was taken from more than a century ago.

      "It has been in a glass case far from home for too long," museum director Ingrid Solberg said at a ceremony on Saturday.

      Elder Joseph Tawhiri said the mask would go back to the meeting house where it belonged.
      """,
      """
      Cycling lanes divide town

      New cycling lanes in Bramley have divided opinion, a survey by the local newspaper found.

      Shopkeeper Alan Gregory said his takings had fallen since the lanes opened. "People cannot park outside any more, so they go to the retail park," he said.

      Cyclist Priya Raman disagreed. "For the first time I feel safe riding my children to school," she said.
      """,
      """
      Water company fined for leaks

      The regulator has fined Severnside Water 12 million for failing to fix leaks across its network.

      "Customers have paid for a service they did not get," said Margaret Ellison, the regulator's chief executive.

      A Severnside Water spokesman said the company accepted the fine and would invest in new pipes.
      """,
  };

  private InventedArticles() {}

  /** The articles, with ids {@code invented-01} to {@code invented-20}. */
  public static List<Article> all() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < TEXTS.length; i++) {
      articles.add(new Article(String.format("invented-%02d", i + 1), TEXTS[i]));
    }
    return List.copyOf(articles);
  }
}
