/**
 * Common Polish, Czech and English first names, folded (lower case, no diacritics). A capitalised
 * word after one of them is taken for a surname: "Paczkę odbierze Anna Nowak". Names that are
 * also product words ("Max", "Mini") are left out on purpose.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `anna maria katarzyna malgorzata agnieszka barbara ewa krystyna elzbieta zofia joanna magdalena monika
   aleksandra natalia karolina marta beata dorota jolanta iwona julia zuzanna alicja kinga paulina justyna
   weronika patrycja sylwia agata emilia hanna halina irena jadwiga teresa danuta grazyna renata urszula
   wiktoria oliwia kamila izabela marzena bozena wanda lucyna edyta aneta milena martyna klaudia dominika
   piotr krzysztof andrzej tomasz pawel michal marcin jakub adam lukasz marek grzegorz mateusz wojciech
   mariusz dariusz zbigniew jerzy maciej rafal robert kamil jacek janusz kacper szymon bartosz filip dawid
   sebastian przemyslaw slawomir artur damian daniel ryszard stanislaw tadeusz jozef henryk kazimierz
   wieslaw leszek jan igor hubert oskar wiktor antoni franciszek mikolaj konrad norbert arkadiusz
   petr pavel jiri josef jaroslav martin tomas miroslav zdenek vaclav frantisek karel milan vojtech
   ondrej david radek vladimir roman lubos matej vit zbynek libor ales jindrich stepan dominik patrik
   radim lukas michaela marie jana eva hana lenka katerina vera lucie alena petra veronika jaroslava
   martina tereza jitka helena ludmila zdenka ivana eliska zuzana marketa barbora kristyna klara dana
   pavla simona jirina sarka nikola adela karolina natalie jarmila blanka renata vlasta andrea denisa
   james john robert michael william richard joseph thomas charles christopher matthew anthony steven
   paul andrew joshua kevin brian george edward peter oliver harry jack emma olivia sophia emily mary
   patricia jennifer linda elizabeth susan jessica sarah karen nancy lisa sandra ashley kimberly donna
   michelle laura rachel amy rebecca hannah kate lucy sophie chloe emily jane alice charlotte megan`
    .split(/\s+/)
    .filter(Boolean),
);
