import { intentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 21: adverts aimed at followers in Spanish and Portuguese (loans without a credit
 * bureau, accounts bought, sold or rented, trading bots and guaranteed returns), read by
 * `intent.spam.advert`, and what customers ask or complain about in the same words, which
 * must stay unread. Each sentence is made up.
 */

describe('intents round 21', () => {
  describe('adverts in Spanish', () => {
    it.each([
      ['Préstamos personales sin estudio de crédito, depósito el mismo día, pregunta por inbox.'],
      ['Te prestamos aunque estés reportado en buró, solo con tu INE y comprobante de domicilio.'],
      ['Créditos para pensionados sin Veraz, solo con tu DNI, respuesta hoy.'],
      ['Dinero rápido sin Datacrédito ni papeleo, escríbenos al WhatsApp.'],
      ['Vendo cuentas con historial para recibir pagos de plataformas, precio a convenir.'],
      ['Presta tu cuenta por una semana y te pagamos 2 mil por cada depósito.'],
      ['Sé tu propio jefe: ingresos pasivos con nuestro bot de trading, link en bio.'],
      ['Multiplica tu dinero con señales de trading, escríbeme para más info.'],
      ['Retorno garantizado de 15% semanal invirtiendo en oro digital, enlace en mi perfil.'],
      ['Gana desde casa con nuestra plataforma, ganancia garantizada cada viernes.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('spam');
    });
  });

  describe('adverts in Portuguese', () => {
    it.each([
      ['Cartão de crédito para negativados, aprovação sem consulta ao SPC e Serasa.'],
      ['Empréstimo para negativado com parcelas baixas, fale com a gente pelo link na bio.'],
      ['Lucro garantido todo dia com o robô trader, vagas limitadas!'],
      ['Ganhe dinheiro trabalhando em casa, renda passiva de verdade, link no perfil.'],
      ['Alugue sua conta para receber pagamentos e ganhe 300 por semana.'],
      ['Compro contas de banco digital com histórico, pago na hora.'],
      ['Invista com retorno garantido de 5% ao mês, seja seu próprio chefe.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('spam');
    });
  });

  describe('look-alikes', () => {
    it.each([
      ['Me negaron el préstamo porque estoy reportado en buró, ¿qué hago para salir?'],
      ['¿Por qué me rechazaron la tarjeta si no tengo deudas en Veraz?'],
      ['Estoy negativado no Serasa por uma dívida que já paguei, como tiro meu nome?'],
      ['Meu nome está sujo por causa de vocês, paguei a fatura e continua no SPC.'],
      ['Fui ao banco pedir empréstimo e disseram que a consulta ao SPC demora.'],
      ['O retorno do meu investimento veio menor do que o prometido pelo gerente.'],
      ['¿El rendimiento del plazo fijo está garantizado o puede variar?'],
      ['¿Es verdad que venden cuentas verificadas? Me llegó un mensaje raro.'],
      ['Alguém do banco pode me chamar no WhatsApp? Preciso resolver o bloqueio do cartão.'],
      ['¿Puedo abrir una cuenta sin SSN, solo con ITIN?'],
      ['Trabalho de casa e preciso de um cartão empresarial, vocês têm?'],
      ['O app não libera o Pix na hora, sempre demora.'],
      ['Quero saber se tem crédito consignado para aposentado.'],
    ])('%j is no advert', (text) => {
      expect(intentsOf(text)).not.toContain('spam');
    });

    it.each([
      ['Me negaron el préstamo porque estoy reportado en buró, ¿qué hago para salir?'],
      ['¿Por qué me rechazaron la tarjeta si no tengo deudas en Veraz?'],
    ])('%j stays about the account', (text) => {
      expect(intentsOf(text)).toContain('account_specific');
    });
  });
});
