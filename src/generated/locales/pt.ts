
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0d92757d19c079a4': `O feed de eventos incluído nesta página não contém uma lista de eventos.`,
's249e27705ccae891': `Nenhum objetivo foi publicado para este evento.`,
's36d41c7532269f47': str`O feed de eventos não foi encontrado em ${0} (erro 404). Verifique o endereço.`,
's3bb786d3b55ba37c': `Cancelado`,
's3e37405ad1394c53': `local a confirmar`,
's42a5dc55f504f8a9': `A propriedade feed não contém um feed de eventos: não tem uma lista de eventos.`,
's5543af54cb4d6682': `A propriedade feed contém um texto que não é JSON válido.`,
's5a96f18ea7e0e519': str`Não foi possível obter o feed de eventos (${0}). Verifique o endereço e se o servidor do feed permite que este site o leia.`,
's5d82176efe1ef78c': `Não foi possível mostrar as informações do evento.`,
's605d402692fe23dd': `Faz parte de`,
's694d2385227feac3': `Transferido para o formato online`,
's6a58a3643f6865ad': str`O servidor do feed de eventos respondeu com o erro ${0} (${1}).`,
's6c0d27b50eeb5b9f': str`Mostrar os ${0} objetivos`,
's7492e43aaa66d2bf': str`O feed de eventos em ${0} não é um JSON válido; pode conter um erro de digitação.`,
's75f327cafe2dea1c': `Nenhum feed de eventos foi definido: adicione ao elemento um atributo src com o endereço do feed.`,
's776d6a50167ab1b8': str`horário de ${0}, ${1}`,
's840372ac3b2d998f': str`O documento em ${0} não é um feed de eventos: não contém uma lista de eventos.`,
's8740722379f1316e': str`O endereço do feed de eventos não é um endereço web válido: ${0}`,
's91de7052854e57bb': `Objetivos de Desenvolvimento Sustentável`,
'sa995ebd63979df2a': str`Este feed não contém nenhum evento com o id "${0}".`,
'sabf0e099159a8caa': `online`,
'sc8a7c56c6e818b51': `Objetivos`,
'scae753aa81a865b1': `Carregando as informações do evento…`,
'scf9adaf9d4dea6c6': str`O carregamento do feed de eventos demorou demasiado tempo (${0}). Tente novamente mais tarde.`,
'sd30fb40abf72b713': `Mostrar menos objetivos`,
'sde7a7ce9c8f663a1': `Adiado`,
'sdg-1': `Erradicação da pobreza`,
'sdg-10': `Redução das desigualdades`,
'sdg-11': `Cidades e comunidades sustentáveis`,
'sdg-12': `Consumo e produção responsáveis`,
'sdg-13': `Ação contra a mudança global do clima`,
'sdg-14': `Vida na água`,
'sdg-15': `Vida terrestre`,
'sdg-16': `Paz, justiça e instituições eficazes`,
'sdg-17': `Parcerias e meios de implementação`,
'sdg-2': `Fome zero e agricultura sustentável`,
'sdg-3': `Saúde e bem-estar`,
'sdg-4': `Educação de qualidade`,
'sdg-5': `Igualdade de gênero`,
'sdg-6': `Água potável e saneamento`,
'sdg-7': `Energia limpa e acessível`,
'sdg-8': `Trabalho decente e crescimento econômico`,
'sdg-9': `Indústria, inovação e infraestrutura`,
'se3be3b494f59aa60': str`Objetivo ${0}: ${1}`,
'se4edc81c590226e5': `Organizado por`,
'se90cd2152cf8991b': `Reagendado`,
'seadeb3a807d7478a': `Online`,
'sedab98e36ab5ee60': `Este feed não contém nenhum evento.`,
'sefa7962908337eb1': `O feed de eventos incluído nesta página não é um JSON válido; pode conter um erro de digitação.`,
'sf4adf80b7a605b0d': `também online`,
    };
  