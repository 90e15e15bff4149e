"""Table tests for the money stage (all sentences invented for these tests).

Each case gives a text and the mentions expected in it, as ``(text, value, currency,
approximate)`` tuples in text order; ``value`` is a decimal string or None (vague amount).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import newsdoc
from newsdoc import ParseOptions
from newsdoc._model import Span
from newsdoc._money import find_money

Expected = list[tuple[str, str | None, str | None, bool]]


def _check(text: str, expected: Expected, options: ParseOptions | None = None) -> None:
    found = find_money(text, options=options)
    got = [(m.text, None if m.value is None else str(m.value), m.currency, m.approximate)
           for m in found]
    assert got == expected
    for m in found:
        assert text[m.span.start:m.span.end] == m.text


SYMBOLS = [
    pytest.param("The bridge cost $3.7 billion to build.",
                 [("$3.7 billion", "3700000000", "USD", False)], id="dollar-billion"),
    pytest.param("Tickets sell for $40 each.", [("$40", "40", "USD", False)], id="dollar-plain"),
    pytest.param("She paid $1,250,000 for the flat.",
                 [("$1,250,000", "1250000", "USD", False)], id="dollar-commas"),
    pytest.param("A coffee is $3.40 now.", [("$3.40", "3.4", "USD", False)], id="dollar-cents"),
    pytest.param("The fund holds $27.46 billion.",
                 [("$27.46 billion", "27460000000", "USD", False)], id="dollar-decimal-billion"),
    pytest.param("Debt rose to $2.5 trillion.",
                 [("$2.5 trillion", "2500000000000", "USD", False)], id="dollar-trillion"),
    pytest.param("He gave $5,000.", [("$5,000", "5000", "USD", False)], id="trailing-period"),
    pytest.param("He gave $64,000, then left.", [("$64,000", "64000", "USD", False)],
                 id="trailing-comma"),
    pytest.param("Shares closed lower ($2.35) on Friday.", [("$2.35", "2.35", "USD", False)],
                 id="parenthesised"),
    pytest.param("They earned $ 900 in tips.", [("$ 900", "900", "USD", False)],
                 id="space-after-symbol"),
    pytest.param("Profit was US$5 million.", [("US$5 million", "5000000", "USD", False)],
                 id="us-dollar"),
    pytest.param("It sold for C$12.5 million.", [("C$12.5 million", "12500000", "CAD", False)],
                 id="canadian-dollar"),
    pytest.param("A$300 was raised.", [("A$300", "300", "AUD", False)], id="australian-dollar"),
    pytest.param("Rent is HK$18,000 a month.", [("HK$18,000", "18000", "HKD", False)],
                 id="hong-kong-dollar"),
    pytest.param("The farm made NZ$2 million.", [("NZ$2 million", "2000000", "NZD", False)],
                 id="new-zealand-dollar"),
    pytest.param("The club paid £3m for him.", [("£3m", "3000000", "GBP", False)],
                 id="pound-sign-glued-m"),
    pytest.param("Costs hit £450,000 last year.", [("£450,000", "450000", "GBP", False)],
                 id="pound-sign"),
    pytest.param("The grant is €2.5bn.", [("€2.5bn", "2500000000", "EUR", False)],
                 id="euro-bn"),
    pytest.param("A ticket costs €15.", [("€15", "15", "EUR", False)], id="euro-sign"),
    pytest.param("The toy costs ¥500.", [("¥500", "500", "JPY", False)], id="yen-sign"),
    pytest.param("Wages are paid in yuan; a worker earns ¥3,000 a month.",
                 [("¥3,000", "3000", "CNY", False)], id="yen-sign-means-yuan"),
    pytest.param("The phone sells for ₹15,999.", [("₹15,999", "15999", "INR", False)],
                 id="rupee-sign"),
    pytest.param("The budget is Rs 50 crore.", [("Rs 50 crore", "500000000", "INR", False)],
                 id="rs-crore"),
    pytest.param("The fee is Rs.500 per visit.", [("Rs.500", "500", "INR", False)],
                 id="rs-dot"),
    pytest.param("Lunch was R$40.", [("R$40", "40", "BRL", False)], id="real-sign"),
    pytest.param("They paid in $50s and $20s.",
                 [("$50s", "50", "USD", False), ("$20s", "20", "USD", False)],
                 id="banknote-plural"),
    pytest.param("$3 of every $10 spent goes to rent.",
                 [("$3", "3", "USD", False), ("$10", "10", "USD", False)], id="ratio"),
    pytest.param("A $12 minimum wage passed.", [("$12", "12", "USD", False)],
                 id="minimum-wage-noun"),
]

MULTIPLIERS = [
    pytest.param("Sales reached $9.7million.", [("$9.7million", "9700000", "USD", False)],
                 id="glued-million"),
    pytest.param("It raised $137M in a day.", [("$137M", "137000000", "USD", False)],
                 id="glued-M"),
    pytest.param("A $1.2bn deal was signed.", [("$1.2bn", "1200000000", "USD", False)],
                 id="glued-bn"),
    pytest.param("A $2B loss hit the firm.", [("$2B", "2000000000", "USD", False)],
                 id="glued-B"),
    pytest.param("He earns $500k a year.", [("$500k", "500000", "USD", False)], id="glued-k"),
    pytest.param("Bonds worth $2.5 trln matured.",
                 [("$2.5 trln", "2500000000000", "USD", False)], id="spaced-trln"),
    pytest.param("The plan costs $250-million.", [("$250-million", "250000000", "USD", False)],
                 id="hyphen-million"),
    pytest.param("A $300-million-a-year subsidy ends.",
                 [("$300-million", "300000000", "USD", False)], id="hyphen-rate-tail"),
    pytest.param("It cost $1billion.", [("$1billion", "1000000000", "USD", False)],
                 id="glued-billion"),
    pytest.param("A $5 MILLION PRIZE", [("$5 MILLION", "5000000", "USD", False)],
                 id="upper-case"),
    pytest.param("The firm lost $4.2 mln.", [("$4.2 mln", "4200000", "USD", False)],
                 id="symbol-mln"),
    pytest.param("A $5MM credit line.", [("$5MM", "5000000", "USD", False)], id="glued-MM"),
    pytest.param("Loans of $2 bn were approved.", [("$2 bn", "2000000000", "USD", False)],
                 id="spaced-bn"),
    pytest.param("The deal, worth $1.5 billion dollars, closed.",
                 [("$1.5 billion dollars", "1500000000", "USD", False)],
                 id="symbol-and-word"),
]

WORDS = [
    pytest.param("He paid 300 dollars in cash.", [("300 dollars", "300", "USD", False)],
                 id="digits-dollars"),
    pytest.param("It costs 75 cents.", [("75 cents", "0.75", "USD", False)], id="cents"),
    pytest.param("A stamp is 5 cents.", [("5 cents", "0.05", "USD", False)], id="five-cents"),
    pytest.param("Shares rose 90.12 pence.", [("90.12 pence", "0.9012", "GBP", False)],
                 id="pence-decimal"),
    pytest.param("The dollar traded at 104 yen.", [("104 yen", "104", "JPY", False)],
                 id="exchange-rate-yen"),
    pytest.param("The dollar rose to 103.20 yen from 102.80 yen.",
                 [("103.20 yen", "103.2", "JPY", False), ("102.80 yen", "102.8", "JPY", False)],
                 id="two-rates"),
    pytest.param("Workers earn 12 pesos an hour.", [("12 pesos", "12", "MXN", False)],
                 id="pesos"),
    pytest.param("A loaf was 40 shillings.", [("40 shillings", "2", "GBP", False)],
                 id="shillings"),
    pytest.param("Fines of 20 shillings were levied.", [("20 shillings", "1", "GBP", False)],
                 id="shillings-one-pound"),
    pytest.param("The bank lent 3 billion euros.",
                 [("3 billion euros", "3000000000", "EUR", False)], id="billion-euros"),
    pytest.param("Moscow spent 50 billion rubles.",
                 [("50 billion rubles", "50000000000", "RUB", False)], id="rubles"),
    pytest.param("The fine was 2 million roubles.",
                 [("2 million roubles", "2000000", "RUB", False)], id="roubles"),
    pytest.param("A meal costs 200 rupees.", [("200 rupees", "200", "INR", False)],
                 id="rupees"),
    pytest.param("Beijing approved 40 billion yuan in aid.",
                 [("40 billion yuan", "40000000000", "CNY", False)], id="yuan"),
    pytest.param("It set aside 8 billion renminbi.",
                 [("8 billion renminbi", "8000000000", "CNY", False)], id="renminbi"),
    pytest.param("The bank holds 5 billion Swiss francs.",
                 [("5 billion Swiss francs", "5000000000", "CHF", False)], id="swiss-francs"),
    pytest.param("He owed 12 million pounds to creditors.",
                 [("12 million pounds", "12000000", "GBP", False)], id="million-pounds"),
    pytest.param("They paid 500 pounds sterling.",
                 [("500 pounds sterling", "500", "GBP", False)], id="pounds-sterling"),
    pytest.param("Prices start at 30 Canadian dollars.",
                 [("30 Canadian dollars", "30", "CAD", False)], id="canadian-dollars"),
    pytest.param("A fund of 2 billion Hong Kong dollars.",
                 [("2 billion Hong Kong dollars", "2000000000", "HKD", False)],
                 id="hong-kong-dollars"),
    pytest.param("Reserves reached 9 billion Egyptian pounds.",
                 [("9 billion Egyptian pounds", "9000000000", "EGP", False)],
                 id="egyptian-pounds"),
    pytest.param("He won 20 bucks on the game.", [("20 bucks", "20", "USD", False)],
                 id="bucks"),
    pytest.param("Seoul set aside 3 trillion won.",
                 [("3 trillion won", "3000000000000", "KRW", False)], id="won-with-scale"),
    pytest.param("The rate was 1,150 won per dollar.", [("1,150 won", "1150", "KRW", False)],
                 id="won-exchange-rate"),
    pytest.param("A coin worth 50p fell out.", [("50p", "0.5", "GBP", False)],
                 id="glued-pence"),
    pytest.param("The price is 5 million USD.", [("5 million USD", "5000000", "USD", False)],
                 id="code-after"),
    pytest.param("The price is USD 40 per unit.", [("USD 40", "40", "USD", False)],
                 id="code-before"),
    pytest.param("It raised EUR2.5bn in bonds.", [("EUR2.5bn", "2500000000", "EUR", False)],
                 id="code-glued"),
    pytest.param("It costs 20€ at the door.", [("20€", "20", "EUR", False)],
                 id="euro-after"),
    pytest.param("It cost 12\u00a0pesos.", [("12\u00a0pesos", "12", "MXN", False)],
                 id="no-break-space"),
    pytest.param("A 9.5 billion euro fund was set up.",
                 [("9.5 billion euro", "9500000000", "EUR", False)], id="singular-euro"),
]

SPELLED = [
    pytest.param("He offered three million dollars.",
                 [("three million dollars", "3000000", "USD", False)], id="three-million"),
    pytest.param("It would cost a billion dollars.",
                 [("a billion dollars", "1000000000", "USD", False)], id="a-billion"),
    pytest.param("She invested a thousand dollars.",
                 [("a thousand dollars", "1000", "USD", False)], id="a-thousand"),
    pytest.param("He spent half a million dollars.",
                 [("half a million dollars", "500000", "USD", False)], id="half-a-million"),
    pytest.param("They lost a quarter of a million dollars.",
                 [("a quarter of a million dollars", "250000", "USD", False)],
                 id="quarter-of-a-million"),
    pytest.param("It fetched twenty-five thousand dollars.",
                 [("twenty-five thousand dollars", "25000", "USD", False)],
                 id="twenty-five-thousand"),
    pytest.param("A gift of two hundred dollars arrived.",
                 [("two hundred dollars", "200", "USD", False)], id="two-hundred"),
    pytest.param("She found five dollars on the floor.",
                 [("five dollars", "5", "USD", False)], id="five-dollars"),
    pytest.param("Gum cost fifty cents then.", [("fifty cents", "0.5", "USD", False)],
                 id="fifty-cents"),
    pytest.param("Three Million Dollars Stolen", [("Three Million Dollars", "3000000", "USD",
                                                  False)], id="title-case"),
    pytest.param("They raised one hundred and fifty thousand dollars.",
                 [("one hundred and fifty thousand dollars", "150000", "USD", False)],
                 id="hundred-and-fifty-thousand"),
    pytest.param("They spent a half-million dollars.",
                 [("a half-million dollars", "500000", "USD", False)], id="a-half-million"),
]

VAGUE = [
    pytest.param("Donors gave millions of dollars.",
                 [("millions of dollars", None, "USD", True)], id="millions-of-dollars"),
    pytest.param("The ads cost tens of millions of dollars.",
                 [("tens of millions of dollars", None, "USD", True)], id="tens-of-millions"),
    pytest.param("They moved hundreds of billions of dollars.",
                 [("hundreds of billions of dollars", None, "USD", True)],
                 id="hundreds-of-billions"),
    pytest.param("It will take several million dollars.",
                 [("several million dollars", None, "USD", True)], id="several-million"),
    pytest.param("He borrowed a few million dollars.",
                 [("a few million dollars", None, "USD", True)], id="a-few-million"),
    pytest.param("Repairs cost thousands of dollars.",
                 [("thousands of dollars", None, "USD", True)], id="thousands-of-dollars"),
    pytest.param("Trillions of dollars flow through the strait.",
                 [("Trillions of dollars", None, "USD", True)], id="capitalised-vague"),
    pytest.param("The deal was worth billions of euros.",
                 [("billions of euros", None, "EUR", True)], id="billions-of-euros"),
    pytest.param("It was a billion-dollar deal.",
                 [("billion-dollar", "1000000000", "USD", True)], id="billion-dollar"),
    pytest.param("They signed multimillion-dollar contracts.",
                 [("multimillion-dollar", None, "USD", True)], id="multimillion-dollar"),
    pytest.param("A multi-billion-dollar merger.",
                 [("multi-billion-dollar", None, "USD", True)], id="multi-hyphen-billion"),
    pytest.param("A trillion-dollar plan failed.",
                 [("trillion-dollar", "1000000000000", "USD", True)], id="trillion-dollar"),
    pytest.param("A half-billion-dollar hole opened.",
                 [("half-billion-dollar", "500000000", "USD", True)],
                 id="half-billion-dollar"),
    pytest.param("A million dollar home.", [("million dollar", "1000000", "USD", True)],
                 id="million-dollar-unhyphenated"),
    pytest.param("He handed over a five-dollar bill.", [("five-dollar", "5", "USD", False)],
                 id="five-dollar-bill"),
    pytest.param("It issued 50-cent coins.", [("50-cent", "0.5", "USD", False)],
                 id="fifty-cent-adjective"),
]

HEDGES = [
    pytest.param("It cost about $5 million.", [("$5 million", "5000000", "USD", True)],
                 id="about"),
    pytest.param("They raised more than $8 million and $2 million.",
                 [("$8 million", "8000000", "USD", True), ("$2 million", "2000000", "USD",
                                                           False)], id="hedge-first-only"),
    pytest.param("Nearly $300 was stolen.", [("$300", "300", "USD", True)], id="nearly"),
    pytest.param("Some $40 billion is at stake.", [("$40 billion", "40000000000", "USD", True)],
                 id="some"),
    pytest.param("Roughly $2 million moved.", [("$2 million", "2000000", "USD", True)],
                 id="roughly"),
    pytest.param("Around $90 per person.", [("$90", "90", "USD", True)], id="around"),
    pytest.param("It is worth over $1 billion.", [("$1 billion", "1000000000", "USD", True)],
                 id="over"),
    pytest.param("Income above $50,000 is taxed.", [("$50,000", "50000", "USD", True)],
                 id="above"),
    pytest.param("Fines of up to $10,000 apply.", [("$10,000", "10000", "USD", True)],
                 id="up-to"),
    pytest.param("Almost $6 million vanished.", [("$6 million", "6000000", "USD", True)],
                 id="almost"),
    pytest.param("Less than $100 was left.", [("$100", "100", "USD", True)], id="less-than"),
    pytest.param("At least $250 million is needed.",
                 [("$250 million", "250000000", "USD", True)], id="at-least"),
    pytest.param("Investors lost as much as $3 billion.",
                 [("$3 billion", "3000000000", "USD", True)], id="as-much-as"),
    pytest.param("Claims in excess of $80,000 were filed.", [("$80,000", "80000", "USD", True)],
                 id="in-excess-of"),
    pytest.param("An estimated $4 billion was lost.",
                 [("$4 billion", "4000000000", "USD", True)], id="an-estimated"),
    pytest.param("Donors giving $200 or less were counted.", [("$200", "200", "USD", True)],
                 id="or-less"),
    pytest.param("Deals worth $50 billion or more closed.",
                 [("$50 billion", "50000000000", "USD", True)], id="or-more"),
    pytest.param("Approximately $7 million was spent.", [("$7 million", "7000000", "USD", True)],
                 id="approximately"),
    pytest.param("Sales raced past $2B this year.", [("$2B", "2000000000", "USD", True)],
                 id="past"),
    pytest.param("Donations hit a bit over $900,000.", [("$900,000", "900000", "USD", True)],
                 id="a-bit-over"),
    pytest.param("Prices are nearing $100 a barrel.", [("$100", "100", "USD", True)],
                 id="nearing"),
    pytest.param("It pays just above $15 an hour.", [("$15", "15", "USD", True)],
                 id="just-above"),
    pytest.param("The fee is close to $30.", [("$30", "30", "USD", True)], id="close-to"),
    pytest.param("Donations climbed past the $1 billion mark.",
                 [("$1 billion", "1000000000", "USD", True)], id="past-the-mark"),
    pytest.param("He paid just $5 for it.", [("$5", "5", "USD", False)], id="just-not-hedge"),
    pytest.param("Only $20 remains.", [("$20", "20", "USD", False)], id="only-not-hedge"),
    pytest.param("The average cut is $2,500.", [("$2,500", "2500", "USD", False)],
                 id="average-not-hedge"),
    pytest.param("A total of $9 million was paid.", [("$9 million", "9000000", "USD", False)],
                 id="total-not-hedge"),
    pytest.param("He handed over $5,000 in cash.", [("$5,000", "5000", "USD", False)],
                 id="handed-over-not-hedge"),
    pytest.param("Costs add up to $400 a month.", [("$400", "400", "USD", False)],
                 id="add-up-to-not-hedge"),
    pytest.param("Nearly half of it, $300 million, was lost.",
                 [("$300 million", "300000000", "USD", False)], id="hedge-on-half"),
    pytest.param("It is a $5 million-plus project.",
                 [("$5 million", "5000000", "USD", True)], id="plus-suffix"),
    pytest.param("They had about 2 million dollars.",
                 [("2 million dollars", "2000000", "USD", True)], id="hedge-word-led"),
    pytest.param("It ran about $2 billion in the red.",
                 [("$2 billion", "2000000000", "USD", True)], id="in-the-red"),
]

RANGES = [
    pytest.param("Prices range from $200 to $500.",
                 [("$200", "200", "USD", False), ("$500", "500", "USD", False)],
                 id="two-amounts"),
    pytest.param("Salaries are between $40,000 and $55,000.",
                 [("$40,000", "40000", "USD", False), ("$55,000", "55000", "USD", False)],
                 id="between-and"),
    pytest.param("Bids ran from $250,000 to more than $2 million.",
                 [("$250,000", "250000", "USD", False), ("$2 million", "2000000", "USD", True)],
                 id="hedged-upper-end"),
    pytest.param("Democrats raised $60 million to Republicans' $40 million.",
                 [("$60 million", "60000000", "USD", False),
                  ("$40 million", "40000000", "USD", False)], id="comparison"),
    pytest.param("The cost is $1 million to $3 million.",
                 [("$1 million", "1000000", "USD", False), ("$3 million", "3000000", "USD",
                                                           False)], id="both-scaled"),
    pytest.param("It will cost between $1 and $2 million.",
                 [("$1", "1000000", "USD", False), ("$2 million", "2000000", "USD", False)],
                 id="shared-scale"),
    pytest.param("Fees run $200 to $3 million.",
                 [("$200", "200", "USD", False), ("$3 million", "3000000", "USD", False)],
                 id="no-shared-scale-when-larger"),
]

WIRE = [
    pytest.param("It sold the unit for 50,000 dlrs.", [("50,000 dlrs", "50000", "USD", False)],
                 id="dlrs"),
    pytest.param("Net profit was 1.5 mln dlrs.", [("1.5 mln dlrs", "1500000", "USD", False)],
                 id="mln-dlrs"),
    pytest.param("Exports reached 2.3 bln yen.", [("2.3 bln yen", "2300000000", "JPY", False)],
                 id="bln-yen"),
    pytest.param("The bank added 12 mln stg of help.",
                 [("12 mln stg", "12000000", "GBP", False)], id="mln-stg"),
    pytest.param("It pays 1.50 dlrs per share.", [("1.50 dlrs", "1.5", "USD", False)],
                 id="dlrs-per-share"),
    pytest.param("Qtly div 12 cts vs 10 cts prior.",
                 [("12 cts", "0.12", "USD", False), ("10 cts", "0.1", "USD", False)],
                 id="cts"),
    pytest.param("Shr loss four cts vs profit two cts.",
                 [("four cts", "0.04", "USD", False), ("two cts", "0.02", "USD", False)],
                 id="spelled-cts"),
    pytest.param("It won a five mln dlr contract.",
                 [("five mln dlr", "5000000", "USD", False)], id="spelled-mln-dlr"),
    pytest.param("A 300 mln Canadian dlr bond was issued.",
                 [("300 mln Canadian dlr", "300000000", "CAD", False)],
                 id="canadian-dlr"),
    pytest.param("Profit fell to 40 mln U.S. dlrs.",
                 [("40 mln U.S. dlrs", "40000000", "USD", False)], id="us-dlrs"),
    pytest.param("The div is 12-1/2 cts a share.", [("12-1/2 cts", "0.125", "USD", False)],
                 id="wire-fraction"),
    pytest.param("It priced the notes at .125 dlrs.", [(".125 dlrs", "0.125", "USD", False)],
                 id="leading-point"),
    pytest.param("Its 108-billion-dlr debt grew.",
                 [("108-billion-dlr", "108000000000", "USD", False)], id="hyphen-billion-dlr"),
    pytest.param("The dollar closed at 145.60/70 yen.",
                 [("145.60/70 yen", "145.6", "JPY", False)], id="bid-offer-quote"),
    pytest.param("Turnover fell to 7.2 billion marks.",
                 [("7.2 billion marks", "7200000000", "DEM", False)], id="marks"),
    pytest.param("The dollar was fixed at 1.8063 marks.",
                 [("1.8063 marks", "1.8063", "DEM", False)], id="marks-rate"),
    pytest.param("NET 5 MLN DLRS VS 4 MLN DLRS",
                 [("5 MLN DLRS", "5000000", "USD", False), ("4 MLN DLRS", "4000000", "USD",
                                                            False)], id="upper-case-wire"),
    pytest.param("Paid 200,000\ndlrs for it.", [("200,000\ndlrs", "200000", "USD", False)],
                 id="wire-line-break"),
    pytest.param("Dividend of 0.80 crowns vs 0.40 crowns.",
                 [("0.80 crowns", "0.8", "SEK", False), ("0.40 crowns", "0.4", "SEK", False)],
                 id="crowns"),
    pytest.param("Rice imports of 82.4 billion Malagasy francs.",
                 [("82.4 billion Malagasy francs", "82400000000", None, False)],
                 id="unknown-nationality-kept-in-span"),
    pytest.param("A 600 mln franc bond was launched.",
                 [("600 mln franc", "600000000", "CHF", False)], id="singular-franc"),
]

RATES = [
    pytest.param("She earns $15 an hour.", [("$15", "15", "USD", False)], id="an-hour"),
    pytest.param("Oil fell to $45.84 per barrel.", [("$45.84", "45.84", "USD", False)],
                 id="per-barrel"),
    pytest.param("A $15-an-hour wage.", [("$15", "15", "USD", False)], id="hyphen-an-hour"),
    pytest.param("Oil at $51.20 a barrel.", [("$51.20", "51.2", "USD", False)], id="a-barrel"),
    pytest.param("The euro fetched $1.09 on Monday.", [("$1.09", "1.09", "USD", False)],
                 id="euro-fetched"),
    pytest.param("A $25 million settlement was reached.",
                 [("$25 million", "25000000", "USD", False)], id="following-noun"),
    pytest.param("Gas is $2.50/gallon.", [("$2.50", "2.5", "USD", False)], id="slash-unit"),
]

NEGATIVES = [
    pytest.param("He weighs 180 pounds.", [], id="weight-pounds"),
    pytest.param("The truck carried 30 pounds of rice.", [], id="weight-pounds-of"),
    pytest.param("Police seized 5 million pounds of cocaine.", [], id="million-pounds-of"),
    pytest.param("A 20-pound turkey.", [], id="pound-adjective-weight"),
    pytest.param("The dollar rose against the yen.", [], id="currency-as-thing"),
    pytest.param("The strong dollar hurt exports.", [], id="strong-dollar"),
    pytest.param("Small-dollar donors rallied.", [], id="small-dollar"),
    pytest.param("High-dollar fundraisers were held.", [], id="high-dollar"),
    pytest.param("He never paid a dime.", [], id="a-dime"),
    pytest.param("It is not worth a penny.", [], id="a-penny"),
    pytest.param("Give me a dollar.", [], id="a-dollar"),
    pytest.param("Buy $AAPL and $XYZ now.", [], id="cashtags"),
    pytest.param("See http://example.com/?x=$5 for details.", [], id="url"),
    pytest.param("The var$1 token is code.", [], id="code-token"),
    pytest.param("He earned millions.", [], id="bare-millions"),
    pytest.param("Tens of millions poured in.", [], id="bare-tens-of-millions"),
    pytest.param("A six-figure salary.", [], id="six-figures"),
    pytest.param("Sales rose 12 percent.", [], id="percent"),
    pytest.param("About 20 million voters turned out.", [], id="people-count"),
    pytest.param("It sold 4.5 mln shares.", [], id="share-count"),
    pytest.param("She won 300 delegates.", [], id="won-verb"),
    pytest.param("In 2008 won the state easily.", [], id="year-won"),
    pytest.param("Mike Pence spoke.", [], id="pence-name"),
    pytest.param("In 2016 Pence campaigned.", [], id="year-pence-name"),
    pytest.param("Alton Sterling was named.", [], id="sterling-name"),
    pytest.param("It was a sterling reputation.", [], id="sterling-adjective"),
    pytest.param("A quid pro quo was alleged.", [], id="quid-pro-quo"),
    pytest.param("The Fortune 500 list.", [], id="fortune-500"),
    pytest.param("Rand Paul spoke at 5 pm.", [], id="rand-name"),
    pytest.param("Prices in 2015 dollars fell.", [], id="year-dollars"),
    pytest.param("He got top marks in 2012.", [], id="marks-verbish"),
    pytest.param("Stock rose 40 stg pct.", [], id="stg-pct"),
    pytest.param("Meet at 5pm and 5p.m. today.", [], id="pm-not-pence"),
    pytest.param("50 Cent performed.", [], id="rapper"),
    pytest.param("It took 5/8 of the vote.", [], id="fraction"),
    pytest.param("Every dollar counts.", [], id="every-dollar"),
    pytest.param("12 cents of every dollar", [("12 cents", "0.12", "USD", False)],
                 id="cents-of-every-dollar"),
    pytest.param("", [], id="empty"),
    pytest.param("$", [], id="lone-symbol"),
    pytest.param("$$$ 123", [], id="symbols-then-number"),
]

OPTIONS = [
    pytest.param("Rent is $1,500 a month.", [("$1,500", "1500", "CAD", False)],
                 id="default-currency-option"),
    pytest.param("All figures in Canadian dollars. It cost $40.",
                 [("$40", "40", "CAD", False)], id="declared-dollar"),
]


@pytest.mark.parametrize(("text", "expected"), SYMBOLS + MULTIPLIERS + WORDS + SPELLED
                         + VAGUE + HEDGES + RANGES + WIRE + RATES + NEGATIVES)
def test_money_table(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), OPTIONS[:1])
def test_default_currency_option(text: str, expected: Expected) -> None:
    _check(text, expected, options=ParseOptions(default_currency="CAD"))


@pytest.mark.parametrize(("text", "expected"), OPTIONS[1:])
def test_declared_dollar(text: str, expected: Expected) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "value", "high"), [
    pytest.param("It needs $3-4 billion.", "3000000000", "4000000000", id="dash-range"),
    pytest.param("It needs $3 to 4 billion.", "3000000000", "4000000000", id="to-range"),
    pytest.param("It needs $3\u20134 million.", "3000000", "4000000", id="en-dash-range"),
    pytest.param("A 10-15 million dollars fund.", "10000000", "15000000", id="word-range"),
    pytest.param("The dollar was 145.85/90 yen.", "145.85", "145.9", id="quote-range"),
])
def test_single_expression_range(text: str, value: str, high: str) -> None:
    (m,) = find_money(text)
    assert m.value == Decimal(value)
    assert m.value_high == Decimal(high)


def test_fields_of_one_mention() -> None:
    (m,) = find_money("Paid 90.12 pence.")
    assert m.amount == Decimal("90.12")
    assert m.multiplier == Decimal("0.01")
    assert m.value == Decimal("0.9012")
    assert m.span == Span(5, 16)


def test_value_has_no_exponent() -> None:
    (m,) = find_money("A $3.70 billion bill.")
    assert str(m.value) == "3700000000"
    assert m.to_dict()["value"] == "3700000000"


def test_vague_has_no_amount() -> None:
    (m,) = find_money("It cost millions of dollars.")
    assert m.amount is None and m.value is None and m.approximate


def test_regions_limit_the_search() -> None:
    text = "Pay $5 now.\n\nPay $6 later."
    found = find_money(text, [Span(13, len(text))])
    assert [m.text for m in found] == ["$6"]


def test_mention_never_crosses_a_region() -> None:
    text = "It cost $5\n\nmillion people came."
    found = find_money(text, [Span(0, 10), Span(12, len(text))])
    assert [m.text for m in found] == ["$5"]


def test_hedge_outside_region_is_ignored() -> None:
    text = "about\n\n$5 was paid"
    (m,) = find_money(text, [Span(7, len(text))])
    assert not m.approximate


def test_through_parse() -> None:
    article = newsdoc.parse("Budget news\n\nThe city will spend about $3.7 billion.",
                            options=ParseOptions(extract=frozenset({"money"})))[0]
    (m,) = article.money
    assert m.text == "$3.7 billion"
    assert m.approximate
    assert article.source_text[m.span.start:m.span.end] == m.text


def test_sterling_context_makes_pounds_money() -> None:
    text = "The shop charged £5 for tea. A cake was 500 pounds at auction."
    assert [m.text for m in find_money(text)] == ["£5", "500 pounds"]


def test_hostile_input_is_linear() -> None:
    import time
    text = "$1" * 100_000 + " 2 million dollars" * 5000
    start = time.perf_counter()
    found = find_money(text)
    assert time.perf_counter() - start < 10
    assert found


@pytest.mark.parametrize("space", ["\r", "\x1d", "\x0b", "\u2028", "\r\r\x1d"])
@pytest.mark.parametrize("word", ["cents", "dollars", "USD 40", "million dollars"])
def test_odd_white_space_before_a_currency_word(space: str, word: str) -> None:
    """Only white space that str.split knows (carriage returns, separators) before a
    currency word or code: no crash, and any mention still indexes the text."""
    text = space + word
    for m in find_money(text):
        assert text[m.span.start:m.span.end] == m.text
