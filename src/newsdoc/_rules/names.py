"""Vocabulary of personal names shared by bylines, credits and quote speakers (data only)."""

from __future__ import annotations

__all__ = ["FEMININE_GIVEN_NAMES", "GENDERED_HONORIFICS", "MASCULINE_GIVEN_NAMES",
           "NAME_PARTICLES"]

#: Lower-case words allowed inside a personal name ("Charles *de* Gaulle", "Ludwig *van*
#: Beethoven", "Osama *bin* Laden").
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "del", "della", "der", "den", "des", "di", "da", "dos", "das", "du", "van", "von",
    "le", "la", "bin", "ibn", "al", "el", "ten", "ter", "y", "zu", "st.",
})

def _words(block: str) -> frozenset[str]:
    """The white-space separated words of *block* (long word lists stay readable)."""
    return frozenset(block.split())


# Given names that name a woman or a man in English-language news almost always, so that a
# "she" is not resolved to a man named just before it. Written for newsdoc from general
# knowledge of common given names; names used for both (Jordan, Taylor, Kelly, Kim, Chris,
# Sam, Robin, Jean, Andrea, ...) are in neither list, and a name in neither list says
# nothing.

#: Given names of women.
FEMININE_GIVEN_NAMES: frozenset[str] = _words("""
Abigail Ada Adele Adriana Agnes Aisha Alexandra Alexis Alice Alicia Alison Allison Amanda
Amber Amelia Amy Ana Anastasia Angela Angelina Anita Ann Anna Anne Annette Annie Antonia
April Ariana Arianna Audrey Ayanna Barbara Beatrice Becky Belinda Bernadette Beth Bethany
Betsy Betty Beverly Bianca Bonnie Brenda Bridget Brittany Brooke Camila Candace Cara Carla
Carly Carmen Carol Carole Caroline Carolyn Catherine Cathy Cecile Cecilia Celeste Charlotte
Chelsea Cheryl Christina Christine Cindy Claire Clara Claudia Colleen Condoleezza Connie
Cora Courtney Cynthia Daisy Daniela Danielle Daphne Darlene Dawn Debbie Deborah Debra
Denise Diana Diane Dianne Dolores Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena
Elisabeth Elise Eliza Elizabeth Ella Ellen Elise Eloise Elsa Emily Emma Erica Erika Erin
Esther Eva Evelyn Faith Felicia Fiona Florence Frances Francesca Gabriela Gabrielle Gail
Gina Ginger Gisele Gladys Gloria Grace Gretchen Gwen Gwendolyn Hannah Harriet Hazel Heather
Heidi Helen Helena Hillary Hope Ingrid Irene Iris Isabel Isabella Ivana Ivanka Jackie
Jacqueline Jane Janet Janice Jasmine Jeanne Jeannie Jennifer Jenny Jessica Jill Joan Joanna
Joanne Jocelyn Josephine Joy Joyce Judith Judy Julia Julie Juliet June Justine Karen Karin
Katarina Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kay Kayla Kellyanne Kirsten
Kristen Kristin Kristina Laura Lauren Laurie Leah Leila Lena Linda Lindsay Lisa Liz
Lois Loretta Lori Lorraine Louise Lucia Lucy Lydia Lynda Madeleine Madeline Madison Maggie
Mallory Mara Marcia Margaret Margarita Maria Mariah Marianne Marie Marilyn Marina Marisa
Marjorie Marla Marsha Martha Mary Maureen Maxine Megan Megyn Melania Melanie Melinda Melissa
Meredith Mia Michele Michelle Mildred Mindy Miranda Miriam Molly Monica Nadia Nancy Naomi
Natalie Natasha Nell Nicole Nikki Nina Nora Norma Olga Olivia Paige Pamela Patricia Paula
Pauline Peggy Penelope Penny Phyllis Priscilla Rachel Rebecca Regina Renee Rhonda Rita
Roberta Rosa Rosalind Rose Rosemary Roxanne Ruth Sabrina Sally Samantha Sandra Sara Sarah
Selena Serena Sharon Sheila Shirley Simone Sofia Sonia Sophia Sophie Stacey Stacy Stella
Stephanie Susan Susanna Suzanne Sylvia Tamara Tammy Tanya Tara Teresa Theresa Tiffany Tina
Tracey Ursula Valerie Vanessa Vera Veronica Victoria Viola Violet Virginia Vivian Wanda
Wendy Whitney Yolanda Yvonne Zoe
""")

#: Given names of men.
MASCULINE_GIVEN_NAMES: frozenset[str] = _words("""
Aaron Abdul Abraham Adam Adrian Ahmed Alan Albert Alberto Alejandro Alexander Alfred Ali
Allen Alvin Amir Andre Andrew Andy Angelo Anthony Antonio Archie Arnold Arthur Ashton Barack
Barry Ben Benjamin Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brendan
Brent Brett Brian Bruce Bryan Byron Calvin Carl Carlos Cecil Chad Charles Charlie Chuck
Clarence Claude Clifford Clint Colin Craig Curtis Dale Dan Daniel Danny Darrell
Darren Dave David Dean Dennis Derek Devin Dick Diego Dmitry Don Donald Doug Douglas Duane
Dustin Dwight Earl Ed Eddie Edgar Edward Edwin Eli Elijah Elliot Elliott Emmanuel Enrique
Eric Erik Ernest Ethan Eugene Evan Fernando Francis Francisco Frank Franklin Fred Frederick
Gabriel Gareth Gary Gene George Gerald Gilbert Glenn Gordon Graham Greg Gregory Guy Hank
Harold Harry Harvey Hassan Hector Henry Herbert Herman Howard Hugh Hugo Ian Igor Isaac Ivan
Jack Jacob Jake James Jamal Jared Jason Jay Jeb Jeff Jeffrey Jeremy Jerome Jerry Jim Jimmy
Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Julian Justin Karl
Keith Ken Kenneth Kevin Kurt Kyle Lamar Lance Larry Lawrence Leon Leonard Leroy Lewis
Lincoln Lloyd Louis Luis Luke Malcolm Marc Marco Marcus Mario Mark Martin Marvin
Matt Matthew Maurice Max Melvin Michael Mick Mike Miles Mitch Mitchell Mitt Mohamed
Mohammed Muhammad Nathan Neil Newt Nicholas Nick Nigel Noah Norman Oliver Omar Oscar Owen
Pablo Patrick Paul Pedro Pete Peter Phil Philip Phillip Rafael Ralph Ramon Randall Randy
Raul Ray Raymond Reggie Reince Rex Reza Ricardo Richard Rick Ricky Rob Robert Roberto Rod
Rodney Roger Roland Ron Ronald Ronnie Ross Roy Ruben Rudy Russell Ryan Salvador Sanjay
Scott Sean Sergei Sergio Seth Shane Sherrod Simon Stanley Stephen Steve Steven Stuart Ted
Terrence Theodore Thomas Tim Timothy Todd Tom Tommy Tony Travis Trent Trey Troy Tyler
Vernon Victor Vincent Vladimir Wade Walter Warren Wayne Wesley Will William Willie Xavier
Yusuf Zachary
""")

#: Honorifics that say a person's gender, as written before a surname ("Mr. Bush"), with that
#: gender: ``"f"`` or ``"m"``.
GENDERED_HONORIFICS: dict[str, str] = {
    "Mr.": "m", "Mr": "m", "Sir": "m", "Lord": "m",
    "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f", "Dame": "f", "Lady": "f",
}
